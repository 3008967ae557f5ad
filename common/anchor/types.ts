/**
 * What the app stores to find a passage again: the exact text, ~32 characters of context on each
 * side, and its position, in JavaScript string indices into the version it was cut from.
 */
export interface PassageSelector {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What anchoring is asked to find: a stored selector, or an imported quote whose position may be
 * unknown. An empty prefix or suffix means "not known" too, never "at the edge of the text".
 */
export interface PassageQuery {
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly start: number | 'unknown';
  readonly end: number | 'unknown';
}

/** Which step found the passage: its stored place, an exact search, or an approximate one. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  readonly start: number;
  readonly end: number;
  /** 1 for an exact hit; below 1 for an approximate one (never below MIN_ANCHOR_SCORE). */
  readonly score: number;
  readonly method: AnchorMethod;
}
