import { diffLines, diffWordsWithSpace } from 'diff';

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

/** Appends a run, merging it with the last one of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
}

/**
 * Word-by-word differences between two versions of a source, every character of both texts kept
 * (white space and line breaks are tokens too, so the parts rebuild either text exactly). jsdiff
 * does the work, in two passes: lines first, then words only inside the lines that changed, because
 * a word diff of two whole 100 KB texts takes seconds and lines take milliseconds. Past `timeoutMs`
 * on very different texts it gives up and returns null rather than freeze the window.
 */
export function wordDiff(older: string, newer: string, timeoutMs = 2000): WordDiff | null {
  const deadline = Date.now() + timeoutMs;
  const lines = diffLines(older, newer, { timeout: timeoutMs });
  if (!lines) return null;
  const parts: DiffPart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i]!;
    const next = lines[i + 1];
    if (change.removed && next?.added) {
      // A block of lines replaced by another: which words changed inside it.
      const words = diffWordsWithSpace(change.value, next.value, { timeout: Math.max(1, deadline - Date.now()) });
      if (!words) return null;
      for (const w of words) push(parts, w.added ? 'added' : w.removed ? 'removed' : 'same', w.value);
      i++;
    } else push(parts, change.added ? 'added' : change.removed ? 'removed' : 'same', change.value);
  }
  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const part of parts) {
    if (part.kind === 'added') wordsAdded += countWords(part.text);
    if (part.kind === 'removed') wordsRemoved += countWords(part.text);
  }
  return { parts, wordsAdded, wordsRemoved };
}
