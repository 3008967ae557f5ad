import { Index } from 'flexsearch';
import { terms } from '../../common/search/analyzer';
import { FUZZY_MIN_LENGTH, withinOneEdit } from '../../common/search/query';
import type { QueryPlan, QueryUnit } from '../../common/search/queryPlan';
import { SearchIndex as MiniSearchIndex, type Stored } from '../../common/search/searchIndex';

/**
 * The app's search with FlexSearch in place of MiniSearch for the narrowing step (candidates holding
 * every required unit), everything after it the same (matching on the text, closeness tiers, marks):
 * what bench/searchEngines.bench.ts and SEARCH_INDEX_MODULE=./engines/flexSearchIndex of the relevance
 * bench compare. FlexSearch has no per-term typo tolerance: a word that may carry a typo is expanded
 * to the indexed terms one edit away (a scan of the vocabulary), as MiniSearch does inside.
 */
const PREFIX_MIN_LENGTH = 3;
const LIMIT = 1000;
const MAX_COMBINATIONS = 24;
/** Marks a query already made of analyzer terms: not analyzed again. */
const TERMS = '\u0001';

export class SearchIndex extends MiniSearchIndex {
  private readonly flex = new Index({ tokenize: 'forward', encode: (text: string) => (text.startsWith(TERMS) ? text.slice(1).split(' ') : terms(text)) });
  private readonly numbers = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly vocabulary = new Set<string>();

  /** Saves the term index as FlexSearch exports it (key and string pairs) and reads it back: what a start would do. */
  roundTripTerms(): { saveMs: number; loadMs: number; mb: number } {
    const parts: Array<[string, string]> = [];
    let t = performance.now();
    this.flex.export((key: string, data: string) => void parts.push([key, data]));
    const saveMs = performance.now() - t;
    t = performance.now();
    const copy = new Index({ tokenize: 'forward', encode: (text: string) => (text.startsWith(TERMS) ? text.slice(1).split(' ') : terms(text)) });
    for (const [key, data] of parts) copy.import(key, data);
    return { saveMs, loadMs: performance.now() - t, mb: parts.reduce((n, [, d]) => n + (d?.length ?? 0), 0) / 1e6 };
  }

  protected override indexTerms(doc: Stored): void {
    let n = this.numbers.get(doc.key);
    if (n === undefined) {
      n = this.keys.length;
      this.keys.push(doc.key);
      this.numbers.set(doc.key, n);
    }
    const text = `${doc.title}\n${doc.text}`;
    this.flex.add(n, text);
    for (const t of terms(text)) this.vocabulary.add(t);
  }

  protected override dropTerms(key: string): void {
    const n = this.numbers.get(key);
    if (n !== undefined) this.flex.remove(n);
  }

  protected override narrow(plan: QueryPlan, keep: (key: string) => boolean): ReadonlyArray<{ id: string; score: number }> {
    const found = this.lookUp(plan, false);
    if (found.length > 0) return found.filter((c) => keep(c.id));
    return this.lookUp(plan, true).filter((c) => keep(c.id));
  }

  private lookUp(plan: QueryPlan, typos: boolean): Array<{ id: string; score: number }> {
    // Each required unit as alternatives (a name's spellings, a word's typo forms), each a list of terms all needed.
    const perUnit = plan.required.map((i) => this.alternatives(plan.units[i]!, typos));
    let combos: string[][] = [[]];
    for (const alts of perUnit) combos = combos.flatMap((c) => alts.map((a) => [...c, ...a])).slice(0, MAX_COMBINATIONS);
    const order = new Map<string, number>();
    for (const combo of combos) {
      const ids = this.flex.search(TERMS + combo.join(' '), { limit: LIMIT }) as number[];
      ids.forEach((n, rank) => {
        const key = this.keys[n]!;
        const score = 1 - rank / Math.max(1, ids.length);
        if ((order.get(key) ?? -1) < score) order.set(key, score);
      });
    }
    return [...order].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
  }

  private alternatives(unit: QueryUnit, typos: boolean): string[][] {
    if (unit.kind === 'phrase') return [[...unit.terms]];
    if (unit.kind === 'name') {
      // The forward index finds a prefix by itself; a letter or two being typed is left to the match on the text.
      return unit.spellings.map((s) => (unit.prefix && !s.alias && s.terms.length > 1 && s.terms[s.terms.length - 1]!.length < PREFIX_MIN_LENGTH ? s.terms.slice(0, -1) : [...s.terms]));
    }
    const fuzzy = !unit.weak && unit.term.length >= FUZZY_MIN_LENGTH && (typos || !unit.prefix);
    if (!fuzzy) return [[unit.term]];
    const near = [...this.vocabulary].filter((t) => t !== unit.term && withinOneEdit(unit.term, t));
    return [[unit.term], ...near.map((t) => [t])];
  }
}
