import { SearchIndex, type SearchFilters, type SearchResult } from '@common/search/searchIndex';
import { NotebookDb } from '../db/database';
import { syncSearchIndex } from './syncSearchIndex';
import type { SearchRequest } from './searchProtocol';

/**
 * The index and its database connection; lives in the search worker (or, where workers are not
 * available, on the main thread). Built lazily at the first search and kept current by syncing
 * before each search, at most every 300 ms, so a passage made a second ago is found.
 */
export class SearchEngine {
  private readonly index = new SearchIndex();
  private readonly db = new NotebookDb();
  private lastSync = 0;
  private syncing: Promise<void> | null = null;

  private async sync(): Promise<void> {
    if (Date.now() - this.lastSync < 300 && !this.syncing) return;
    this.syncing ??= syncSearchIndex(this.db, this.index).finally(() => {
      this.lastSync = Date.now();
      this.syncing = null;
    });
    await this.syncing;
  }

  async search(request: SearchRequest): Promise<{ results: SearchResult[]; indexed: number }> {
    await this.sync();
    const f = request.filters;
    const filters: SearchFilters = { kinds: new Set(f.kinds), ...(f.sourceId ? { sourceId: f.sourceId } : {}), ...(f.tag ? { tag: f.tag } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
    return { results: this.index.search(request.query, filters), indexed: this.index.size };
  }

  /** Forces the next search to re-read the notebook (after an import, say). */
  invalidate(): void {
    this.lastSync = 0;
  }
}
