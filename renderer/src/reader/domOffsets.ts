/**
 * Maps between DOM points in the reader and string indices of the stored text. Every text node
 * of the reader sits in a `span[data-start]` that knows its offset, so a point maps back exactly,
 * wherever marks split the text.
 */
const SPAN = 'span[data-start]';

function spanOf(node: Node): HTMLElement | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  return el?.closest<HTMLElement>(SPAN) ?? null;
}

function spans(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SPAN)];
}

/** The string index of a DOM boundary point inside `root`, or null when the point is outside it. */
export function pointToOffset(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const span = spanOf(node);
    return span ? Number(span.dataset['start']) + offset : null;
  }
  // An element point: the boundary before child `offset`. Take the first text span at or after it.
  const all = spans(root);
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const span of all) {
    if (probe.comparePoint(span, 0) >= 0) return Number(span.dataset['start']);
  }
  const last = all.at(-1);
  return last ? Number(last.dataset['end']) : null;
}

/** The reader's current selection as [start, end), or null when it is empty or not in the reader. */
export function selectionToOffsets(root: HTMLElement, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const start = pointToOffset(root, range.startContainer, range.startOffset);
  const end = pointToOffset(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The DOM point of a string index (inside the span that holds it). */
export function offsetToPoint(root: HTMLElement, index: number, preferEnd = false): { node: Node; offset: number } | null {
  for (const span of spans(root)) {
    const s = Number(span.dataset['start']);
    const e = Number(span.dataset['end']);
    if (index > s && index < e) return { node: span.firstChild ?? span, offset: index - s };
    if (index === s && !preferEnd) return { node: span.firstChild ?? span, offset: 0 };
    if (index === e && preferEnd) return { node: span.firstChild ?? span, offset: e - s };
  }
  return null;
}

/** Selects [start, end) in the reader, e.g. to keep a selection across a re-render. */
export function selectOffsets(root: HTMLElement, start: number, end: number): void {
  const from = offsetToPoint(root, start) ?? offsetToPoint(root, start, true);
  const to = offsetToPoint(root, end, true) ?? offsetToPoint(root, end);
  const selection = window.getSelection();
  if (!from || !to || !selection) return;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
}
