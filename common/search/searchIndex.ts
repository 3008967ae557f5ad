import MiniSearch from 'minisearch';
import { terms } from './analyzer';
import { findHits, snippetAround, type HitRange } from './hits';
import { FUZZY_MIN_LENGTH, parseQuery } from './query';

/**
 * Full-text search over everything in a notebook, on MiniSearch: small, typed, with incremental
 * add/remove (no rebuild when a passage is made), per-term prefix and fuzzy options, and a JSON
 * form. Tokens come from our French analyzer (common/search/analyzer), and every hit is mapped back
 * to exact offsets in the original text.
 */
export type DocKind = 'source' | 'passage' | 'note' | 'event' | 'entity';

export interface SearchDoc {
  readonly kind: DocKind;
  readonly id: string;
  readonly title: string;
  /** The text hits are found in (a source's full text, a passage's exact text, a note's plain text…). */
  readonly text: string;
  readonly sourceId?: string;
  readonly tags?: readonly string[];
  /** First and last ISO day covered (events and sources with a date). */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Changes whenever the document does: re-indexing skips what is unchanged. */
  readonly version: string;
}

export interface SearchFilters {
  readonly kinds?: ReadonlySet<DocKind>;
  readonly sourceId?: string;
  readonly tag?: string;
  /** ISO days, inclusive; documents without a date are left out when a range is set. */
  readonly from?: string;
  readonly to?: string;
}

export interface SearchResult {
  readonly kind: DocKind;
  readonly id: string;
  readonly title: string;
  readonly score: number;
  /** Exact spans of `text` that match (empty when only the title matched). */
  readonly hits: readonly HitRange[];
  readonly snippet: { before: string; match: string; after: string };
  readonly sourceId?: string;
}

const keyOf = (kind: DocKind, id: string) => `${kind}:${id}`;

export class SearchIndex {
  private readonly docs = new Map<string, SearchDoc>();
  private readonly mini = new MiniSearch<SearchDoc & { key: string }>({
    idField: 'key',
    fields: ['title', 'text'],
    tokenize: terms,
    processTerm: (term) => term,
  });

  get size(): number {
    return this.docs.size;
  }

  /** True when the index holds this version of the document already. */
  has(kind: DocKind, id: string, version: string): boolean {
    return this.docs.get(keyOf(kind, id))?.version === version;
  }

  /** Adds or replaces a document; an unchanged one (same version) costs nothing. */
  upsert(doc: SearchDoc): void {
    const key = keyOf(doc.kind, doc.id);
    const old = this.docs.get(key);
    if (old?.version === doc.version) return;
    if (old) this.mini.discard(key);
    this.mini.add({ ...doc, key });
    this.docs.set(key, doc);
  }

  remove(kind: DocKind, id: string): void {
    const key = keyOf(kind, id);
    if (!this.docs.has(key)) return;
    this.mini.discard(key);
    this.docs.delete(key);
  }

  /** Makes the index hold exactly `docs` (and the unchanged ids in `keep`) for a kind: adds, replaces, removes. */
  sync(kind: DocKind, docs: readonly SearchDoc[], keep: readonly string[] = []): void {
    const wanted = new Set([...docs.map((d) => keyOf(d.kind, d.id)), ...keep.map((id) => keyOf(kind, id))]);
    for (const [key, doc] of this.docs) if (doc.kind === kind && !wanted.has(key)) this.remove(doc.kind, doc.id);
    for (const doc of docs) this.upsert(doc);
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult[] {
    const parsed = parseQuery(query);
    const queryTerms = [...parsed.words, ...parsed.phrases.flat()];
    if (queryTerms.length === 0) return [];
    const lastWord = parsed.words.length - 1;
    const raw = this.mini.search(queryTerms.join(' '), {
      tokenize: (q) => q.split(' '),
      processTerm: (t) => t,
      combineWith: 'AND',
      prefix: (_term, i) => parsed.lastIsPrefix && i === lastWord,
      fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 1 : 0),
    });
    const out: SearchResult[] = [];
    for (const r of raw) {
      const doc = this.docs.get(String(r.id));
      if (!doc || !passes(doc, filters)) continue;
      const hits = findHits(doc.text, parsed);
      const titleHits = hits.length ? [] : findHits(doc.title, parsed);
      // A phrase must really be there, in order: MiniSearch only knows the words.
      if (hits.length === 0 && titleHits.length === 0) continue;
      const snippet = hits.length ? snippetAround(doc.text, hits[0]!) : snippetAround(doc.title, titleHits[0]!);
      out.push({ kind: doc.kind, id: doc.id, title: doc.title, score: r.score, hits, snippet, ...(doc.sourceId ? { sourceId: doc.sourceId } : {}) });
      if (out.length >= limit) break;
    }
    return out;
  }

  toJSON(): unknown {
    return { mini: this.mini.toJSON(), docs: [...this.docs.values()] };
  }
}

function passes(doc: SearchDoc, f: SearchFilters): boolean {
  if (f.kinds && f.kinds.size > 0 && !f.kinds.has(doc.kind)) return false;
  if (f.sourceId && doc.sourceId !== f.sourceId && !(doc.kind === 'source' && doc.id === f.sourceId)) return false;
  if (f.tag && !doc.tags?.includes(f.tag)) return false;
  if (f.from || f.to) {
    if (!doc.dateFrom) return false;
    if (f.from && (doc.dateTo ?? doc.dateFrom) < f.from) return false;
    if (f.to && doc.dateFrom > f.to) return false;
  }
  return true;
}
