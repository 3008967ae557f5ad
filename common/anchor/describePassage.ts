import { splitsSurrogatePair } from '../text/codePoints';
import type { PassageSelector } from './types';

/** Context kept on each side of a passage to tell repeats apart and to re-anchor after edits. */
export const CONTEXT_LENGTH = 32;

/** Describes [start, end) of `text` as a selector; the context never starts or ends inside a surrogate pair. */
export function describePassage(text: string, start: number, end: number): PassageSelector {
  if (!(start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`passage ${start}–${end} is outside the text (length ${text.length})`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart -= 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd += 1;
  return { exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), start, end };
}
