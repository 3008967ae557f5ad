import type { PassageSelector, ReanchorResult } from '@common/anchor';

/** One source's new text and the selectors of its passages, to re-anchor together. */
export interface ReanchorRequest {
  readonly id: number;
  readonly text: string;
  readonly selectors: readonly PassageSelector[];
}

export type ReanchorReply = { readonly id: number; readonly results: ReanchorResult[] } | { readonly id: number; readonly error: string };
