import MiniSearch, { type AsPlainObject, type Options, type Query } from 'minisearch';
import { foldForMatching, type FoldedText } from '../text/fold';
import { ANALYZER_VERSION, terms, tokensOf, type Token } from './analyzer';
import { snippetAround, type HitRange } from './hits';
import { matchDocument, TIERS, type DocumentMatch } from './matchDocument';
import { packTerms, unpackTermsInto, type PackedTerms } from './packedTerms';
import { FUZZY_MIN_LENGTH } from './query';
import { aliasTable, planQuery, type AliasTable, type QueryPlan, type QueryUnit } from './queryPlan';

/**
 * Full-text search over everything in a notebook, on MiniSearch rather than FlexSearch: MiniSearch
 * is small and typed, adds, discards and replaces single documents without a rebuild (a passage
 * made a second ago is found), takes prefix and fuzzy options per query term (prefix for the word
 * being typed, one typo only for long words), lets us plug in our own tokenizer, and serializes to
 * plain JSON and back (toJSON / loadJS). FlexSearch is faster on huge corpora, but its fuzziness is
 * set per index rather than per term, it has no per-term options and its export is split into
 * asynchronous chunks; its speed is not needed at 10,000 sources (see bench/results/search.json).
 *
 * Terms come from our French analyzer (common/search/analyzer). MiniSearch only narrows the
 * candidates (every required word somewhere, BM25 order); the best of them are then matched on the
 * document itself (common/search/matchDocument): ranked by how close together the query's words
 * stand (a run in order first, then together, same sentence, same paragraph, scattered), with the
 * hits as whole runs at exact spans of the original text.
 */
export type DocKind = 'source' | 'passage' | 'note' | 'event' | 'entity';
/** The order results are grouped in. */
export const DOC_KINDS: readonly DocKind[] = ['source', 'passage', 'note', 'event', 'entity'];

export interface SearchDoc {
  readonly kind: DocKind;
  readonly id: string;
  readonly title: string;
  /** The text hits are found in (a source's full text, a passage's exact text, a note's plain text…). */
  readonly text: string;
  readonly sourceId?: string;
  readonly tags?: readonly string[];
  /** An ISO day, month or year (« 1908-11-27 », « 2024-11 », « 1908 »), covering that whole period. */
  readonly date?: string;
  /** First and last ISO day covered, for a span (an event over several days); win over `date`. */
  readonly dateFrom?: string;
  readonly dateTo?: string;
  /** Changes whenever the document does: `upsert` skips a document whose version is unchanged. */
  readonly version?: string;
  /**
   * Where the text can be read back from (a source's text version): a saved index leaves such texts
   * out (they are most of its size) and reads them back for the candidates a search matches.
   */
  readonly textRef?: string;
}

export interface SearchFilters {
  readonly kinds?: ReadonlySet<DocKind> | readonly DocKind[];
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
  /** Higher is better: the closeness tier of the best place, then spelling, then BM25 (see matchDocument). */
  readonly score: number;
  /** Exact spans of the document's `text` that match, whole runs, in text order (empty when only the title matched). */
  readonly hits: readonly HitRange[];
  /** The index in `hits` of the best-ranked occurrence: where opening the result lands. */
  readonly best: number;
  /** Around the best hit in the text, or in the title when only the title matched. */
  readonly snippet: { readonly before: string; readonly match: string; readonly after: string; readonly alias?: boolean };
  readonly sourceId?: string;
}

export interface SearchGroup {
  readonly kind: DocKind;
  readonly results: readonly SearchResult[];
}

/** What toJSON gives and loadJSON takes. */
export interface SerializedSearchIndex {
  readonly format: string;
  readonly mini: AsPlainObject;
  readonly docs: readonly SearchDoc[];
}

/** What toParts gives and fromParts takes: plain data and typed arrays, saved by structured clone (no JSON). */
export interface SavedSearchIndex {
  readonly format: string;
  readonly terms: PackedTerms;
  /** Documents with a `textRef` are saved without their text. */
  readonly docs: readonly SearchDoc[];
}

/** Reads back the texts of documents saved without them (by their `textRef`), in order; undefined when gone. */
export type TextLoader = (docs: readonly SearchDoc[]) => Promise<ReadonlyArray<string | undefined>>;

// The analyzer's version is part of the format: terms made by another analyzer would not match.
const FORMAT = `verbatim-search/1+analyzer/${ANALYZER_VERSION}`;
const PARTS_FORMAT = `verbatim-search/2+analyzer/${ANALYZER_VERSION}`;
/**
 * Below three letters a prefix matches a large part of the vocabulary (« st » starts thousands of
 * terms in 10,000 sources), tells nothing yet and is the dearest query there is: such a word is
 * matched as written until a third letter is typed.
 */
const PREFIX_MIN_LENGTH = 3;
/** Documents whose folded text and tokens are kept for the next keystroke's hits. */
const VIEW_CACHE_SIZE = 256;
/**
 * How many of MiniSearch's candidates (in BM25 order) are matched on their text and re-ranked by
 * closeness: while a word is being typed, and once the query is finished. Matching costs a tokenized
 * text per candidate (cached for the next keystroke); BM25 already puts first the documents where
 * every rare word is frequent, so a run beyond this many is unlikely and would cost every keystroke.
 */
const RERANKED_TYPING = 60;
const RERANKED = 150;
/**
 * Candidates are matched in BM25 order, a batch at a time; matching stops once `limit` of them stand
 * in the best closeness tier any document can reach for this query (a later candidate could only
 * differ from them by spelling and frequency, which BM25 already ordered). Matching a text is the
 * dearest step of a search (a 4 KB source is folded and tokenized), and a query whose words stand
 * together in many documents (« kim jong un » over 10,000 sources) stops after the first batch.
 */
const VERIFY_BATCH = 20;

/** A document as the term index holds it: its key is kind and id together. */
export type Stored = SearchDoc & { readonly key: string };

export const keyOf = (kind: DocKind, id: string) => `${kind}:${id}`;

function miniOptions(): Options<Stored> {
  return {
    idField: 'key',
    fields: ['title', 'text'],
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: { boost: { title: 2 } },
  };
}

interface View {
  readonly doc: SearchDoc;
  readonly text: string;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
}

export class SearchIndex {
  protected readonly docs = new Map<string, SearchDoc>();
  private mini: MiniSearch<Stored> = new MiniSearch(miniOptions());
  private readonly views = new Map<string, View>();
  /** Documents loaded without their text (see `textRef`): read back when a search first matches them. */
  private readonly textless = new Set<string>();
  /** Actors' spellings, from the entity documents; rebuilt after an entity changes. */
  private aliases: AliasTable | null = null;

  get size(): number {
    return this.docs.size;
  }

  /** True when the index holds this version of the document already. */
  has(kind: DocKind, id: string, version?: string): boolean {
    const doc = this.docs.get(keyOf(kind, id));
    return doc !== undefined && (version === undefined || doc.version === version);
  }

  /** Adds a new document; throws when one with the same kind and id is there (use `update`). */
  add(doc: SearchDoc): void {
    const key = keyOf(doc.kind, doc.id);
    if (this.docs.has(key)) throw new Error(`${key} is already in the search index`);
    this.indexTerms({ ...doc, key });
    this.docs.set(key, doc);
    if (doc.kind === 'entity') this.aliases = null;
  }

  /** Replaces a document (or adds it when it is not there). */
  update(doc: SearchDoc): void {
    const key = keyOf(doc.kind, doc.id);
    // discard is lazy (MiniSearch cleans up in the background), so an edit costs one document, not a rebuild.
    if (this.docs.has(key)) this.dropTerms(key);
    this.indexTerms({ ...doc, key });
    this.docs.set(key, doc);
    this.views.delete(key);
    this.textless.delete(key);
    if (doc.kind === 'entity') this.aliases = null;
  }

  /** Adds or replaces a document; one with the same version costs nothing. */
  upsert(doc: SearchDoc): void {
    const old = this.docs.get(keyOf(doc.kind, doc.id));
    if (old && old.version !== undefined && old.version === doc.version) return;
    this.update(doc);
  }

  remove(kind: DocKind, id: string): void {
    const key = keyOf(kind, id);
    if (!this.docs.has(key)) return;
    this.dropTerms(key);
    this.docs.delete(key);
    this.views.delete(key);
    this.textless.delete(key);
    if (kind === 'entity') this.aliases = null;
  }

  /** Removes the documents of a kind whose ids are not in `ids`. */
  removeOtherThan(kind: DocKind, ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const doc of [...this.docs.values()]) if (doc.kind === kind && !wanted.has(doc.id)) this.remove(kind, doc.id);
  }

  /** Makes the index hold exactly `docs` (and the unchanged ids in `keep`) for a kind: adds, replaces, removes. */
  sync(kind: DocKind, docs: readonly SearchDoc[], keep: readonly string[] = []): void {
    const wanted = new Set([...docs.map((d) => keyOf(d.kind, d.id)), ...keep.map((id) => keyOf(kind, id))]);
    for (const [key, doc] of this.docs) if (doc.kind === kind && !wanted.has(key)) this.remove(doc.kind, doc.id);
    for (const doc of docs) this.upsert(doc);
  }

  /** The best `limit` results of every kind together, best first (every text in memory: see searchAsync). */
  search(query: string, filters: SearchFilters = {}, limit = 50): SearchResult[] {
    const out: SearchResult[] = [];
    drive(
      this.run(query, filters, (r) => {
        out.push(r);
        return out.length < limit;
      }, limit),
    );
    return out;
  }

  /**
   * As `search`, for an index loaded without some texts: the candidates' texts are read with `load`
   * a batch at a time, just before they are matched, and kept for the next searches.
   */
  async searchAsync(query: string, filters: SearchFilters, limit: number, load: TextLoader): Promise<SearchResult[]> {
    const out: SearchResult[] = [];
    const steps = this.run(query, filters, (r) => {
      out.push(r);
      return out.length < limit;
    }, limit);
    for (let step = steps.next(); !step.done; step = steps.next()) await this.loadTexts(step.value, load);
    return out;
  }

  /** Keys of documents whose text is not in memory yet (at most `max`), for reading them ahead of searches. */
  missingTexts(max: number): string[] {
    const out: string[] = [];
    for (const key of this.textless) {
      if (out.length >= max) break;
      out.push(key);
    }
    return out;
  }

  /** Reads the texts of these documents (keys) if they are not in memory yet. */
  async loadTexts(keys: readonly string[], load: TextLoader): Promise<void> {
    const docs = keys.filter((k) => this.textless.has(k)).map((k) => this.docs.get(k)!);
    if (docs.length === 0) return;
    const texts = await load(docs);
    docs.forEach((doc, i) => {
      const key = keyOf(doc.kind, doc.id);
      // Replaced or removed meanwhile: the newer document stands.
      if (this.docs.get(key) !== doc) return;
      this.docs.set(key, { ...doc, text: texts[i] ?? '' });
      this.textless.delete(key);
    });
  }

  /** Results grouped by kind (in DOC_KINDS order, empty groups left out), the best `perKind` of each. */
  searchGrouped(query: string, filters: SearchFilters = {}, perKind = 20): SearchGroup[] {
    const groups = new Map<DocKind, SearchResult[]>(DOC_KINDS.map((k) => [k, []]));
    const wanted = filters.kinds && [...filters.kinds].length > 0 ? new Set(filters.kinds) : new Set(DOC_KINDS);
    let full = 0;
    drive(
      this.run(query, filters, (r) => {
        const list = groups.get(r.kind)!;
        if (list.length >= perKind) return true;
        list.push(r);
        if (list.length === perKind) full++;
        return full < wanted.size;
      }),
    );
    return DOC_KINDS.map((kind) => ({ kind, results: groups.get(kind)! })).filter((g) => g.results.length > 0);
  }

  toJSON(): SerializedSearchIndex {
    return { format: FORMAT, mini: this.mini.toJSON(), docs: [...this.docs.values()] };
  }

  /** Restores an index saved with toJSON (as an object or a JSON string); throws on another format. */
  static loadJSON(json: string | SerializedSearchIndex): SearchIndex {
    const data = (typeof json === 'string' ? JSON.parse(json) : json) as Partial<SerializedSearchIndex> | null;
    // A saved index from another analyzer (or not an index at all) is refused rather than half used:
    // the caller rebuilds from the notebook.
    if (!data || data.format !== FORMAT || !data.mini || !Array.isArray(data.docs)) throw new Error(`not a search index of format ${FORMAT}`);
    const index = new SearchIndex();
    index.mini = MiniSearch.loadJS(data.mini, miniOptions());
    for (const doc of data.docs) index.docs.set(keyOf(doc.kind, doc.id), doc);
    if (index.mini.documentCount !== index.docs.size) throw new Error('search index documents do not match its terms');
    return index;
  }

  /** The index as saved: terms packed, documents that can be read back (`textRef`) without their text. */
  toParts(): SavedSearchIndex {
    const docs = [...this.docs.values()].map((d) => (d.textRef !== undefined ? { ...d, text: '' } : d));
    return { format: PARTS_FORMAT, terms: packTerms(this.mini), docs };
  }

  /** Restores an index saved with toParts; throws on another format. Texts left out are read back by searchAsync. */
  static fromParts(saved: SavedSearchIndex): SearchIndex {
    if (!saved || saved.format !== PARTS_FORMAT || !saved.terms || !Array.isArray(saved.docs)) throw new Error(`not a search index of format ${PARTS_FORMAT}`);
    const index = new SearchIndex();
    index.mini = MiniSearch.loadJS(saved.terms.meta, miniOptions());
    unpackTermsInto(index.mini, saved.terms);
    for (const doc of saved.docs) {
      const key = keyOf(doc.kind, doc.id);
      index.docs.set(key, doc);
      if (doc.textRef !== undefined) index.textless.add(key);
    }
    if (index.mini.documentCount !== index.docs.size) throw new Error('search index documents do not match its terms');
    return index;
  }

  /** The query as this index reads it: known actors' names as units with all their spellings. */
  plan(query: string): QueryPlan {
    this.aliases ??= aliasTable([...this.docs.values()].filter((d) => d.kind === 'entity').map((d) => ({ name: d.title, aliases: d.text.split('\n') })));
    return planQuery(query, this.aliases);
  }

  /** Puts a document's words in the term index (the bench swaps the engine here to compare). */
  protected indexTerms(doc: Stored): void {
    this.mini.add(doc);
  }

  protected dropTerms(key: string): void {
    this.mini.discard(key);
  }

  /**
   * The documents holding every required unit, best first by BM25: the candidates matched on their
   * texts. A word being typed is matched as a prefix without typos (the typo search over the whole
   * vocabulary is the dearer one); only when nothing starts that way is it read as a typo.
   */
  protected narrow(plan: QueryPlan, keep: (key: string) => boolean): ReadonlyArray<{ readonly id: string; readonly score: number }> {
    const filter = (r: { id: unknown }) => keep(String(r.id));
    const candidates = this.mini.search(miniQueryOf(plan, false)!, { filter });
    if (candidates.length > 0 || !hasFuzzyUnit(plan)) return candidates;
    return this.mini.search(miniQueryOf(plan, true)!, { filter });
  }

  /**
   * Runs a query; hands each verified result, best first, to `take` until it returns false. Before
   * matching each batch of candidates it yields their keys, so that a caller can read their texts first.
   */
  private *run(query: string, filters: SearchFilters, take: (r: SearchResult) => boolean, enough = Infinity): Generator<string[], void, void> {
    const plan = this.plan(query);
    // A single letter, or two being typed, tells nothing yet and would match most of the notebook.
    if (plan.units.every((u) => u.kind === 'word' && (u.term.length < 2 || (u.prefix && u.term.length < PREFIX_MIN_LENGTH)))) return;
    if (plan.required.length === 0) return;
    const kinds = filters.kinds && [...filters.kinds].length > 0 ? new Set(filters.kinds) : null;
    const candidates = this.narrow(plan, (key) => {
      const doc = this.docs.get(key);
      return doc !== undefined && passes(doc, filters, kinds);
    });
    const top = candidates.length > 0 ? candidates[0]!.score : 1;
    const verified: SearchResult[] = [];
    const typing = plan.units.some((u) => (u.kind === 'word' || u.kind === 'name') && u.prefix);
    let atBest = 0;
    const considered = candidates.slice(0, typing ? RERANKED_TYPING : RERANKED);
    for (let at = 0; at < considered.length && atBest < enough; at += VERIFY_BATCH) {
      const batch = considered.slice(at, at + VERIFY_BATCH);
      if (batch.some((c) => this.textless.has(c.id))) yield batch.map((c) => c.id);
      for (const c of batch) {
        const doc = this.docs.get(c.id);
        if (!doc) continue;
        // BM25 (scaled below 0.01) only breaks ties between documents of the same closeness and spelling.
        const result = this.verify(doc, plan, (c.score / top) * 0.009);
        if (!result) continue;
        verified.push(result);
        if (result.score >= (typing ? TIERS.exactRun : BEST_TIER_SCORE)) atBest++;
      }
    }
    verified.sort((a, b) => b.score - a.score);
    for (const r of verified) if (!take(r)) return;
  }

  /** Matches a candidate on its own text (or, failing that, its title) and ranks it. */
  private verify(doc: SearchDoc, plan: QueryPlan, bm25: number): SearchResult | null {
    const base = { kind: doc.kind, id: doc.id, title: doc.title, ...(doc.sourceId ? { sourceId: doc.sourceId } : {}) };
    const inText = matchDocument(this.view(doc), plan);
    const inTitle = doc.title && doc.title !== doc.text ? matchDocument(viewOf({ ...doc, text: doc.title }), plan) : null;
    if (inText) {
      const hit = inText.hits[inText.best];
      return { ...base, score: inText.rank + (inTitle ? 0.05 : 0) + bm25, hits: inText.hits, best: inText.best, snippet: hit ? snippetOf(doc.text, hit) : snippetAround(doc.title, { start: 0, end: 0 }) };
    }
    if (!inTitle) return null;
    const hit = inTitle.hits[inTitle.best] ?? { start: 0, end: 0 };
    return { ...base, score: rankInTitle(inTitle) + bm25, hits: [], best: 0, snippet: snippetOf(doc.title, hit) };
  }

  /** The folded text and tokens of a document, cached for the few documents searched last. */
  private view(doc: SearchDoc): View {
    const key = keyOf(doc.kind, doc.id);
    const cached = this.views.get(key);
    if (cached && cached.doc === doc) {
      this.views.delete(key); // re-inserted below: Map order is the recency order
      this.views.set(key, cached);
      return cached;
    }
    const view = viewOf(doc);
    this.views.set(key, view);
    if (this.views.size > VIEW_CACHE_SIZE) this.views.delete(this.views.keys().next().value!);
    return view;
  }
}

/** Runs a search generator to its end (every text already in memory). */
function drive(steps: Generator<string[], void, void>): void {
  for (let step = steps.next(); !step.done; step = steps.next());
}

/** A title match alone ranks as its tier, a little under the same tier in the text. */
function rankInTitle(m: DocumentMatch): number {
  return m.rank - 0.5;
}

function snippetOf(text: string, hit: HitRange): SearchResult['snippet'] {
  const s = snippetAround(text, hit);
  return hit.alias ? { ...s, alias: true } : s;
}

function viewOf(doc: SearchDoc): View {
  const folded = foldForMatching(doc.text);
  return { doc, text: doc.text, folded, tokens: tokensOf(folded) };
}

/** MiniSearch query strings are analyzer terms already: it must not split or change them again. */
const AS_IS = { tokenize: (t: string) => [t], processTerm: (t: string) => t };

/**
 * Narrowing in the index: every required unit (a name by any spelling, a phrase by all its words).
 * `typos`: a word being typed may also carry a typo (finished words always may).
 */
function miniQueryOf(plan: QueryPlan, typos: boolean): Query | null {
  const queries = plan.required.map((i) => unitQuery(plan.units[i]!, typos));
  if (queries.length === 0) return null;
  return { combineWith: 'AND', queries, ...AS_IS };
}

function fuzzyAllowed(unit: QueryUnit & { kind: 'word' }): boolean {
  return !unit.weak && unit.term.length >= FUZZY_MIN_LENGTH;
}

/** Whether a word being typed could also be read as a typo (a second, dearer search). */
function hasFuzzyUnit(plan: QueryPlan): boolean {
  return plan.required.some((i) => {
    const u = plan.units[i]!;
    return u.kind === 'word' && u.prefix && fuzzyAllowed(u);
  });
}

/**
 * The score a document reaches when the whole query stands in it as typed: every unit side by side
 * in order (one unit alone is always a run), written as typed (see matchDocument's rank). A candidate
 * at or above it cannot be outranked by closeness, only by spelling and frequency. While a word is
 * being typed, few words are written exactly as its first letters: a run of any spelling counts.
 */
const BEST_TIER_SCORE = TIERS.exactRun + 0.5;

function unitQuery(unit: QueryUnit, typos: boolean): Query {
  if (unit.kind === 'word') {
    const prefix = unit.prefix && unit.term.length >= PREFIX_MIN_LENGTH;
    return { queries: [unit.term], prefix, fuzzy: fuzzyAllowed(unit) && (typos || !unit.prefix) ? 1 : false };
  }
  if (unit.kind === 'phrase') return { combineWith: 'AND', queries: [...unit.terms], prefix: false, fuzzy: false };
  return {
    combineWith: 'OR',
    queries: unit.spellings.map((s) => {
      const typed = unit.prefix && !s.alias;
      // « nord-c »: the letter being typed is left to the match on the text, « nord » narrows.
      const last = s.terms.length - 1;
      const narrowing = typed && s.terms.length > 1 && s.terms[last]!.length < PREFIX_MIN_LENGTH ? s.terms.slice(0, last) : s.terms;
      return {
        combineWith: 'AND',
        queries: narrowing.map((t, k): Query => ({ queries: [t], prefix: typed && k === last && t.length >= PREFIX_MIN_LENGTH, fuzzy: false })),
      };
    }),
  };
}

/** An ISO day, month or year as the first and last day it covers (as comparable strings). */
function dayBounds(date: string): { first: string; last: string } {
  if (/^\d{4}$/.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31` };
  if (/^\d{4}-\d{2}$/.test(date)) return { first: `${date}-01`, last: `${date}-31` };
  return { first: date, last: date };
}

function passes(doc: SearchDoc, f: SearchFilters, kinds: ReadonlySet<DocKind> | null): boolean {
  if (kinds && !kinds.has(doc.kind)) return false;
  if (f.sourceId && doc.sourceId !== f.sourceId && !(doc.kind === 'source' && doc.id === f.sourceId)) return false;
  if (f.tag && !doc.tags?.includes(f.tag)) return false;
  if (f.from || f.to) {
    const first = doc.dateFrom ?? (doc.date ? dayBounds(doc.date).first : undefined);
    const last = doc.dateTo ?? (doc.date ? dayBounds(doc.date).last : first);
    if (!first || !last) return false;
    if (f.from && last < f.from) return false;
    if (f.to && first > f.to) return false;
  }
  return true;
}
