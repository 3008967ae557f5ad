import type { DocKind, SearchResult } from '@common/search/searchIndex';

/** What crosses to the search worker: plain data only. */
export interface SearchRequest {
  readonly id: number;
  readonly query: string;
  readonly filters: { kinds: DocKind[]; sourceId?: string; tag?: string; from?: string; to?: string };
}

export type SearchResponse = { readonly id: number; readonly results: SearchResult[]; readonly indexed: number } | { readonly id: number; readonly error: string };
