/**
 * Reflowed reading of hard-wrapped OCR text, for display only: the stored text, its offsets and
 * every passage stay as they are. A span of the text is cut into pieces, each keeping its own
 * offsets; a line-end hyphenation (« as-\nsassinat ») puts its hyphen and line break in a hidden
 * piece, so the word reads « assassinat » while a selection over it still covers the stored text.
 * Line breaks that remain are shown as spaces by the reader's CSS (`white-space: normal`).
 */
export interface ReflowPiece {
  readonly start: number;
  readonly end: number;
  /** True for a hyphenation's « -\n » (with any spaces around the break), drawn as nothing. */
  readonly hidden: boolean;
}

// A hyphen between a letter and the line's end, the next line going on in lower case: a word cut
// by the typesetter. « Nord-\nCorée » (capital after the break) is left alone.
const LINE_END_HYPHEN = /(?<=\p{L})-[ \t]*\n[ \t]*(?=\p{Ll})/gu;

/** The pieces of text[start, end): visible runs and hidden hyphenations, in order, covering it all. */
export function reflowPieces(text: string, start: number, end: number): ReflowPiece[] {
  const pieces: ReflowPiece[] = [];
  let at = start;
  // Start a little before the span: a hyphenation may straddle its start (the spaces are few).
  LINE_END_HYPHEN.lastIndex = Math.max(0, start - 16);
  for (let m = LINE_END_HYPHEN.exec(text); m && m.index < end; m = LINE_END_HYPHEN.exec(text)) {
    const from = Math.max(m.index, start);
    const to = Math.min(m.index + m[0].length, end);
    if (to <= from) continue;
    if (from > at) pieces.push({ start: at, end: from, hidden: false });
    pieces.push({ start: from, end: to, hidden: true });
    at = to;
  }
  if (at < end) pieces.push({ start: at, end, hidden: false });
  return pieces;
}

/** What the reader shows for text[start, end) when reflowed (for tests and copy previews). */
export function reflowedText(text: string, start = 0, end = text.length): string {
  return reflowPieces(text, start, end)
    .filter((p) => !p.hidden)
    .map((p) => text.slice(p.start, p.end))
    .join('')
    .replace(/\s*\n\s*/g, ' ');
}
