/**
 * One edit between two versions of a string: `remove` UTF-16 units at `at` replaced by `insert`.
 * The draft journal sends main this instead of a note's whole content at every keystroke, so what a
 * keystroke costs does not grow with the note.
 */
export interface Splice {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** The single splice that turns `before` into `after`: their common start and end are kept. */
export function spliceBetween(before: string, after: string): Splice {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  // The common end may not overlap the common start (e.g. "aa" → "aaa").
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { at: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Applies a splice; null when it does not fit the string (a base that is not the one it was made on). */
export function applySplice(text: string, splice: Splice): string | null {
  if (splice.at < 0 || splice.remove < 0 || splice.at + splice.remove > text.length) return null;
  return text.slice(0, splice.at) + splice.insert + text.slice(splice.at + splice.remove);
}
