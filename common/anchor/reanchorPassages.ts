import { anchorApproximately, anchorExactly } from './anchorPassage';
import { reanchorStatus, type ReanchorResult } from './reanchorPassage';
import type { AnchorResult, PassageSelector } from './types';

/** How far a passage moved: its start in the old text, and the start where it was found exactly. */
interface Shift {
  readonly oldStart: number;
  readonly delta: number;
}

/** The shift of the exactly-found passage whose old start is nearest `oldStart` (shifts sorted by oldStart). */
function nearestShift(shifts: readonly Shift[], oldStart: number): number {
  if (shifts.length === 0) return 0;
  let lo = 0;
  let hi = shifts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[mid]!.oldStart < oldStart) lo = mid + 1;
    else hi = mid;
  }
  const after = shifts[lo]!;
  const before = shifts[lo - 1];
  return before && oldStart - before.oldStart < after.oldStart - oldStart ? before.delta : after.delta;
}

/**
 * Re-anchors all the passages of one source on its new text, in the same order, each judged as
 * reanchorPassage judges it. Together they are found faster: the cheap exact steps run for all
 * first, and the passages found tell how the text around the others shifted, so the approximate
 * search for what is left looks only around where each is now expected (an inserted page moves
 * every later passage by as much, beyond any fixed window around the old place).
 */
export function reanchorPassages(newText: string, selectors: readonly PassageSelector[]): ReanchorResult[] {
  const exactly: Array<AnchorResult | null> = selectors.map((s) => anchorExactly(newText, s));
  const shifts: Shift[] = [];
  exactly.forEach((found, i) => {
    if (found) shifts.push({ oldStart: selectors[i]!.start, delta: found.start - selectors[i]!.start });
  });
  shifts.sort((a, b) => a.oldStart - b.oldStart);
  return selectors.map((selector, i) => {
    const found = exactly[i] ?? anchorApproximately(newText, selector, selector.start + nearestShift(shifts, selector.start));
    return reanchorStatus(selector, found);
  });
}
