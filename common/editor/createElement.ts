import type { DecoratorNode } from 'lexical';

type LexicalDomElement = ReturnType<DecoratorNode<unknown>['createDOM']>;

/**
 * Lexical calls createDOM only where there is a document (the renderer); headless export never
 * does. common/ compiles without DOM types, so the document is reached through globalThis here,
 * once, instead of in every node.
 */
export function createElement(tag: string, className: string): LexicalDomElement {
  const { document } = globalThis as unknown as { document: { createElement(tag: string): LexicalDomElement } };
  const element = document.createElement(tag);
  (element as { className: string }).className = className;
  return element;
}
