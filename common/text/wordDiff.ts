import { diffWordsWithSpace } from 'diff';

/** One run of a word diff: text both versions share, or text only one of them has. */
export interface DiffPart {
  readonly kind: 'same' | 'added' | 'removed';
  readonly text: string;
}

export interface WordDiff {
  readonly parts: readonly DiffPart[];
  /** Words (runs of letters and digits) only in the newer text, and only in the older one. */
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * Word-by-word differences between two versions of a source, every character of both texts kept
 * (white space and line breaks are tokens too, so the parts rebuild either text exactly). jsdiff's
 * Myers diff does the work; past `timeoutMs` on very different long texts it gives up and this
 * returns null rather than freeze the window.
 */
export function wordDiff(older: string, newer: string, timeoutMs = 2000): WordDiff | null {
  const changes = diffWordsWithSpace(older, newer, { timeout: timeoutMs });
  if (!changes) return null;
  const parts: DiffPart[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    if (kind === 'added') wordsAdded += countWords(change.value);
    if (kind === 'removed') wordsRemoved += countWords(change.value);
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + change.value };
    else if (change.value !== '') parts.push({ kind, text: change.value });
  }
  return { parts, wordsAdded, wordsRemoved };
}
