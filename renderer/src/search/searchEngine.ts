import { SearchIndex, type SearchFilters, type SearchResult } from '@common/search/searchIndex';
import { NotebookDb } from '../db/database';
import { syncSearchIndex } from './syncSearchIndex';
import type { IndexProgress, SearchRequest } from './searchProtocol';

/**
 * The index and its database connection; lives in the search worker (or, where workers are not
 * available, on the main thread). Built lazily at the first search and brought up to date before
 * every search (only what changed is re-indexed), so a passage made a moment ago is found.
 */
export class SearchEngine {
  private readonly index = new SearchIndex();
  private readonly db = new NotebookDb();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly onProgress: (p: IndexProgress) => void = () => undefined) {}

  /** Syncs run one after another: a search never reads an index another sync is half-way through. */
  private sync(): Promise<void> {
    this.queue = this.queue.catch(() => undefined).then(() => syncSearchIndex(this.db, this.index, this.onProgress));
    return this.queue;
  }

  /** Answers a request, or null when `stale()` says a newer one arrived meanwhile. */
  async search(request: SearchRequest, stale: () => boolean = () => false): Promise<{ results: SearchResult[]; indexed: number } | null> {
    await this.sync();
    if (stale()) return null;
    const f = request.filters;
    const filters: SearchFilters = { kinds: new Set(f.kinds), ...(f.sourceId ? { sourceId: f.sourceId } : {}), ...(f.tag ? { tag: f.tag } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
    return { results: this.index.search(request.query, filters), indexed: this.index.size };
  }
}
