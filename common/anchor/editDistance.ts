import { distance } from 'fastest-levenshtein';

/** Levenshtein distance between two whole strings (a quote and a candidate span). */
export const editDistance = distance;

/**
 * Fewest edits turning `pattern` into some tail of `window`: the alignment must end at the end of
 * `window` but may start anywhere in it. This is how a prefix is compared with the text just before
 * a match: it has to reach the match, so a prefix that agrees only a few characters further back
 * (a displaced context) costs what it should. approx-string-match reports only the lowest-cost ends,
 * not the cost at one given end, hence this small dynamic programme (contexts are ~32 characters).
 */
export function tailDistance(pattern: string, window: string): number {
  const m = pattern.length;
  // Two typed rows swapped in place: this runs for every scored candidate, so no allocation per column.
  let column = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) column[i] = i;
  for (let j = 0; j < window.length; j++) {
    const w = window.charCodeAt(j);
    next[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitute = column[i - 1]! + (pattern.charCodeAt(i - 1) === w ? 0 : 1);
      const fromAbove = next[i - 1]! + 1;
      const fromLeft = column[i]! + 1;
      next[i] = substitute < fromAbove ? (substitute < fromLeft ? substitute : fromLeft) : fromAbove < fromLeft ? fromAbove : fromLeft;
    }
    const swap = column;
    column = next;
    next = swap;
  }
  return column[m]!;
}

/** Code-unit reversal: enough for edit distances, which only compare units for equality. */
export function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}
