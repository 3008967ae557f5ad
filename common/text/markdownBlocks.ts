/**
 * How the reader shows a paragraph of a Markdown source: a light style by the block's first
 * characters, the characters themselves unchanged (the stored text is what passages point into,
 * so Markdown is never rendered, only dressed).
 */
export type MarkdownBlockKind = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'quote' | 'list' | 'code' | 'rule' | null;

export function markdownBlockKind(paragraph: string): MarkdownBlockKind {
  const heading = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(paragraph);
  if (heading) return `h${heading[1]!.length}` as MarkdownBlockKind;
  if (/^ {0,3}(?:```|~~~)/.test(paragraph)) return 'code';
  if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(paragraph)) return 'rule';
  if (/^ {0,3}>/.test(paragraph)) return 'quote';
  if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/.test(paragraph)) return 'list';
  return null;
}
