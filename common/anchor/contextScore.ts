import search from 'approx-string-match';

/** Similarity in [0, 1] of two strings of about the same length, from the edit distance of the best alignment. */
function similarity(pattern: string, window: string): number {
  if (pattern === '') return 1;
  if (window === '') return 0;
  const matches = search(window, pattern, pattern.length);
  const best = matches.reduce((min, m) => Math.min(min, m.errors), pattern.length);
  return 1 - best / pattern.length;
}

/** How well the text before `start` agrees with the stored prefix. */
export function prefixScore(text: string, start: number, prefix: string): number {
  if (prefix === '') return start === 0 ? 1 : 0.5;
  const slack = Math.ceil(prefix.length / 4);
  return similarity(prefix, text.slice(Math.max(0, start - prefix.length - slack), start));
}

/** How well the text after `end` agrees with the stored suffix. */
export function suffixScore(text: string, end: number, suffix: string): number {
  if (suffix === '') return end === text.length ? 1 : 0.5;
  const slack = Math.ceil(suffix.length / 4);
  return similarity(suffix, text.slice(end, end + suffix.length + slack));
}

/** 1 at the old position, falling to 0 at the far end of the text. */
export function positionScore(text: string, start: number, oldStart: number): number {
  return text.length === 0 ? 0 : 1 - Math.min(1, Math.abs(start - oldStart) / text.length);
}
