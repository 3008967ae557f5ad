import { $getDocument, DecoratorNode, type NodeKey } from 'lexical';

type LexicalDomElement = ReturnType<DecoratorNode<unknown>['createDOM']>;

/**
 * What our three note nodes share: their data as one immutable record, read through getLatest() and
 * replaced through getWritable(), and an element Lexical never has to patch.
 *
 * decorate() returns null, in the renderer too: the chips are drawn as plain DOM inside that element
 * by the renderer's ChipViewsPlugin (renderer/src/editor/chipDom.ts), not as React views, since Lexical
 * would give each React decorator a portal of its own (half the time of opening a note of 500 quotes).
 */
export abstract class DataDecoratorNode<T extends object> extends DecoratorNode<unknown> {
  __data: T;

  constructor(data: T, key?: NodeKey) {
    super(key);
    this.__data = data;
  }

  getData(): T {
    return this.getLatest().__data;
  }

  /** Replaces some fields; the record itself is never mutated, so older editor states keep theirs. */
  setData(changes: Partial<T>): this {
    const writable = this.getWritable();
    writable.__data = { ...writable.__data, ...changes };
    return writable;
  }

  protected abstract readonly tagName: 'div' | 'span';

  override createDOM(): LexicalDomElement {
    // Only called where there is a document (the renderer). common/ compiles without the DOM types,
    // so the document is typed here by the one method used.
    const document = $getDocument() as unknown as { createElement(tag: string): LexicalDomElement & { className: string } };
    const element = document.createElement(this.tagName);
    element.className = `${this.getType()}-node`;
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override decorate(): unknown {
    return null;
  }
}

/** A string field of stored JSON, which is untrusted: anything else becomes '' (a note must still open). */
export function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
