import { splitsSurrogatePair } from '../text/codePoints';

const COMBINING = /\p{M}/u;

function isCombiningAt(text: string, index: number): boolean {
  const ch = text.codePointAt(index);
  return ch !== undefined && COMBINING.test(String.fromCodePoint(ch));
}

/**
 * Makes a selection sensible before it becomes a passage: leading and trailing white space
 * (including no-break spaces and line breaks) trimmed; ends never inside a surrogate pair; a start
 * on a combining mark moves back to its base character and an end before one moves past it.
 * Returns null when nothing is left.
 */
export function snapSelection(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(0, Math.min(end, text.length));
  if (e <= s) return null;
  if (splitsSurrogatePair(text, s)) s -= 1;
  if (splitsSurrogatePair(text, e)) e += 1;
  while (s > 0 && isCombiningAt(text, s)) s -= 1;
  while (e < text.length && isCombiningAt(text, e)) e += 1;
  while (s < e && /\s/u.test(text[s]!)) s += 1;
  while (e > s && /\s/u.test(text[e - 1]!)) e -= 1;
  return e > s ? { start: s, end: e } : null;
}
