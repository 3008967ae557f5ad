import type { DocKind, SearchResult } from '@common/search/searchIndex';

/** What crosses to the search worker: plain data only. */
export interface SearchRequest {
  readonly id: number;
  readonly query: string;
  readonly filters: { kinds: DocKind[]; sourceId?: string; tag?: string; from?: string; to?: string };
}

/** Asks the worker to load (or build) the index now, before the first search needs it. */
export interface WarmRequest {
  readonly warm: true;
}

/** How far building the index has come (shown in the palette while it is built). */
export interface IndexProgress {
  readonly what: string;
  readonly done: number;
  readonly total: number;
  /** The saved index is being read back (no count to give): « Loading the search index… ». */
  readonly loading?: true;
}

export type SearchResponse =
  | { readonly id: number; readonly results: SearchResult[]; readonly indexed: number; readonly timing?: SearchTiming }
  | { readonly id: number; readonly error: string }
  /** A newer request arrived before this one was searched: only the newest is answered. */
  | { readonly id: number; readonly cancelled: true };

export type WorkerMessage = SearchResponse | { readonly progress: IndexProgress };

/** Where a search spent its time in the worker (for the latency benchmark's breakdown). */
export interface SearchTiming {
  /** Loading or building the index, then applying the change log. */
  readonly syncMs: number;
  /** Ranking, matching texts, marks and snippets. */
  readonly rankMs: number;
  /** On the first search after a start: reading the saved index from IndexedDB, then restoring it. */
  readonly load?: { readonly readMs: number; readonly restoreMs: number };
}
