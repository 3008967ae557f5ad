import { anchorPassage } from './anchorPassage';
import type { AnchorMethod, AnchorResult, PassageSelector } from './types';

/** What became of a passage in a new version of its source. */
export type ReanchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface ReanchorResult {
  readonly status: ReanchorStatus;
  readonly start?: number;
  readonly end?: number;
  readonly score: number;
  readonly method?: AnchorMethod;
}

/**
 * exact: still at its place; moved: the same text elsewhere with its context; fuzzy: a close match,
 * or the same words in another context, to review; orphaned: nothing acceptable.
 */
export function reanchorPassage(newText: string, selector: PassageSelector): ReanchorResult {
  return reanchorStatus(selector, anchorPassage(newText, selector));
}

/** What finding (or not finding) the passage at `found` makes of it. */
export function reanchorStatus(selector: PassageSelector, found: AnchorResult | null): ReanchorResult {
  if (!found) return { status: 'orphaned', score: 0 };
  const status: ReanchorStatus = found.method === 'fuzzy' ? 'fuzzy' : found.start === selector.start ? 'exact' : 'moved';
  return { status, start: found.start, end: found.end, score: found.score, method: found.method };
}
