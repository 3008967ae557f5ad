import type { EditorConfig, LexicalNode } from 'lexical';

/**
 * How the renderer gives our nodes a React view without common/ importing React and without a
 * second node class: it puts view factories in the editor theme under this key, and each node's
 * decorate() asks for its own. Headless editors have none, and decorate() returns null there.
 */
export const NODE_VIEWS_THEME_KEY = 'verbatimNodeViews';

export type NodeViewFactory = (node: LexicalNode) => unknown;
export type NodeViews = Partial<Record<string, NodeViewFactory>>;

export function decorateWithView(node: LexicalNode, config: EditorConfig): unknown {
  const views = (config.theme as Record<string, unknown>)[NODE_VIEWS_THEME_KEY] as NodeViews | undefined;
  return views?.[node.getType()]?.(node) ?? null;
}
