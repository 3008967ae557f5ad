import { SearchIndex, type SavedSearchIndex, type SearchDoc, type SearchFilters, type SearchResult } from '@common/search/searchIndex';
import { NotebookDb } from '../db/database';
import type { SearchChangeRow } from '../db/searchChangeLog';
import { applySearchChanges } from './applySearchChanges';
import { syncSearchIndex } from './syncSearchIndex';
import type { IndexProgress, SearchRequest, SearchTiming } from './searchProtocol';

/**
 * The saved index: one row, with the last change of the log it covers. `parts` is saved as it is
 * (typed arrays and plain objects, by structured clone): no JSON to write or parse, and without the
 * sources' texts. `json` is the older form (one JSON string with every text), still read.
 */
interface SavedIndexRow {
  id: 'main';
  seq: number;
  parts?: SavedSearchIndex;
  json?: string;
}
/** Changes up to `seq` were deleted from the log: an index older than that must re-read the tables. */
interface PrunedRow {
  id: 'pruned';
  seq: number;
}

/**
 * Results a search answers with: what the palette shows (about ten at a time, the rest a few arrow
 * presses away). Every result is matched on its text for its marks and snippet, and cloned to the
 * window: asking for more than is looked at costs every keystroke.
 */
const VISIBLE_RESULTS = 20;

/** Quiet time after the last change before the index is saved (saving a large index takes a while). */
const SAVE_AFTER_MS = 3000;
/**
 * Bringing the index up to date took this long (a first build, an import of thousands of sources):
 * saved at once, not after the quiet time, so a window closed a moment after that work does not make
 * the next start do it all again.
 */
const SAVE_AT_ONCE_AFTER_WORK_MS = 1000;

export interface SearchEngineTiming {
  readonly saveAfterMs: number;
  readonly saveAtOnceAfterWorkMs: number;
}

/**
 * Source texts read back into memory per step after a saved index is loaded (the first searches
 * read their candidates' texts themselves): small steps, so a search waits for one at most.
 */
const TEXT_READ_AHEAD = 50;
/** Reading ahead pauses while the user types: it resumes this long after the last search. */
const READ_AHEAD_AFTER_SEARCH_MS = 400;

/**
 * The index and its database connection; lives in the search worker (or, where workers are not
 * available, on the main thread). At the first search it loads the saved index (or builds one, with
 * progress); before every search it applies only the change log written since (see
 * searchChangeLog), so a passage made a moment ago is found without re-reading every table.
 */
export class SearchEngine {
  private index: SearchIndex | null = null;
  /** The last change of the log the index holds. */
  private seq = 0;
  private queue: Promise<void> = Promise.resolve();
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private saveAtOnce = false;
  private readingAhead = false;
  private lastSearchAt = -Infinity;
  /** How long loading the saved index took, told with the next search's timing (for profiles and bench/). */
  private loadTiming: SearchTiming['load'] | null = null;

  constructor(
    private readonly onProgress: (p: IndexProgress) => void = () => undefined,
    private readonly db: NotebookDb = new NotebookDb(),
    private readonly timing: SearchEngineTiming = { saveAfterMs: SAVE_AFTER_MS, saveAtOnceAfterWorkMs: SAVE_AT_ONCE_AFTER_WORK_MS },
  ) {}

  private get savedTable() {
    return this.db.table<SavedIndexRow | PrunedRow, string>('searchIndex');
  }
  private get changes() {
    return this.db.table<SearchChangeRow, number>('searchChanges');
  }

  /** Syncs run one after another: a search never reads an index another sync is half-way through. */
  private sync(): Promise<void> {
    this.queue = this.queue
      .catch(() => undefined)
      .then(async () => {
        const started = performance.now();
        const changed = await this.bringUpToDate();
        if (changed) this.scheduleSave(performance.now() - started >= this.timing.saveAtOnceAfterWorkMs ? 0 : this.timing.saveAfterMs);
      });
    return this.queue;
  }

  private async lastSeq(): Promise<number> {
    return ((await this.changes.orderBy(':id').lastKey()) as number | undefined) ?? 0;
  }

  /** Reads every table (a first build, or a log pruned past this index): only what differs is re-indexed. */
  private async rebuild(index: SearchIndex): Promise<true> {
    const seq = await this.lastSeq(); // before reading: a change made meanwhile is applied again, harmlessly
    await syncSearchIndex(this.db, index, this.onProgress);
    this.index = index;
    this.seq = seq;
    return true;
  }

  /** True when the index changed (and wants saving). */
  private async bringUpToDate(): Promise<boolean> {
    if (!this.index) {
      this.onProgress({ what: 'saved index', done: 0, total: 1, loading: true });
      const reading = performance.now();
      const saved = (await this.savedTable.get('main')) as SavedIndexRow | undefined;
      if (saved) {
        try {
          const restoring = performance.now();
          this.index = saved.parts ? SearchIndex.fromParts(saved.parts) : SearchIndex.loadJSON(saved.json ?? '');
          this.loadTiming = { readMs: restoring - reading, restoreMs: performance.now() - restoring };
          this.seq = saved.seq;
          this.readTextsAhead();
        } catch {
          // Saved by another analyzer or damaged: built again below.
        }
      }
      this.onProgress({ what: 'saved index', done: 1, total: 1, loading: true });
      if (!this.index) return this.rebuild(new SearchIndex());
    }
    // Before every search: one read-only transaction, so a keystroke waits for one round trip.
    const { pruned, changes } = await this.db.transaction('r', this.savedTable, this.changes, async () => ({
      pruned: ((await this.savedTable.get('pruned')) as PrunedRow | undefined)?.seq ?? 0,
      changes: await this.changes.where(':id').above(this.seq).toArray(),
    }));
    if (pruned > this.seq) return this.rebuild(this.index);
    if (changes.length === 0) return false;
    const complete = await applySearchChanges(this.db, this.index, changes);
    if (!complete) return this.rebuild(this.index);
    this.seq = changes[changes.length - 1]!.seq!;
    return true;
  }

  private scheduleSave(delayMs: number): void {
    // A save due at once (after long work) is not put off by a quick change since; otherwise every
    // change restarts the quiet time, so typing does not save a large index again and again.
    if (this.saveTimer && this.saveAtOnce) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveAtOnce = delayMs === 0;
    this.saveTimer = setTimeout(() => void this.save().catch(() => undefined), delayMs);
  }

  /** Saves the index and prunes the log it covers; other windows notice the pruning and re-read. */
  async save(): Promise<void> {
    await this.sync();
    // What the sync just scheduled is saved here.
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const index = this.index;
    if (!index) return;
    const seq = this.seq;
    const parts = index.toParts();
    await this.db.transaction('rw', this.savedTable, this.changes, async () => {
      await this.savedTable.put({ id: 'main', seq, parts });
      await this.savedTable.put({ id: 'pruned', seq });
      await this.changes.where(':id').belowOrEqual(seq).delete();
    });
  }

  /** Source texts by their version hash (what a saved index left out), in order. */
  private readonly readTexts = async (docs: readonly SearchDoc[]): Promise<Array<string | undefined>> => {
    const rows = await this.db.versions.bulkGet(docs.map((d) => d.textRef ?? ''));
    return rows.map((r) => r?.text);
  };

  /**
   * After a saved index is loaded, reads the sources' texts back into memory a step at a time, between
   * searches, so that later searches match their candidates without waiting for the database.
   */
  private readTextsAhead(): void {
    if (this.readingAhead) return;
    this.readingAhead = true;
    const step = () => {
      const index = this.index;
      const keys = index?.missingTexts(TEXT_READ_AHEAD) ?? [];
      if (!index || keys.length === 0) {
        this.readingAhead = false;
        return;
      }
      const sinceSearch = performance.now() - this.lastSearchAt;
      if (sinceSearch < READ_AHEAD_AFTER_SEARCH_MS) return void setTimeout(step, READ_AHEAD_AFTER_SEARCH_MS - sinceSearch);
      // Queued behind searches and syncs: a keystroke never waits for more than one step.
      this.queue = this.queue
        .catch(() => undefined)
        .then(() => index.loadTexts(keys, this.readTexts))
        .then(() => void setTimeout(step, 0), () => void (this.readingAhead = false));
    };
    setTimeout(step, 0);
  }

  /** Loads the saved index (or builds one) ahead of the first search. */
  warm(): Promise<void> {
    return this.sync();
  }

  /** Answers a request, or null when `stale()` says a newer one arrived meanwhile. */
  async search(request: SearchRequest, stale: () => boolean = () => false): Promise<{ results: SearchResult[]; indexed: number; timing: SearchTiming } | null> {
    const started = performance.now();
    this.lastSearchAt = started;
    await this.sync();
    if (stale() || !this.index) return null;
    const synced = performance.now();
    const f = request.filters;
    const filters: SearchFilters = { kinds: new Set(f.kinds), ...(f.sourceId ? { sourceId: f.sourceId } : {}), ...(f.tag ? { tag: f.tag } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) };
    const results = await this.index.searchAsync(request.query, filters, VISIBLE_RESULTS, this.readTexts);
    if (stale()) return null;
    const load = this.loadTiming;
    this.loadTiming = null;
    return { results, indexed: this.index.size, timing: { syncMs: synced - started, rankMs: performance.now() - synced, ...(load ? { load } : {}) } };
  }
}
