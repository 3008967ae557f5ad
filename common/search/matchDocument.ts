import { findFolded, originalSpan, type FoldedText } from '../text/fold';
import type { Token } from './analyzer';
import type { HitRange } from './hits';
import { FUZZY_MIN_LENGTH, withinOneEdit } from './query';
import { surfaceWords, type QueryPlan, type QueryUnit } from './queryPlan';

/** A document as matching sees it: its text, folded with offsets, and its tokens. */
export interface DocumentView {
  readonly text: string;
  readonly folded: FoldedText;
  readonly tokens: readonly Token[];
}

/**
 * How close together the query's units stand in a document, best first. A document is ranked by
 * its best tier, so words standing together in order always beat the same words scattered.
 */
export const TIERS = {
  /** Every unit, weak words included, side by side in the query's order: « Corée du Nord ». */
  exactRun: 5,
  /** The required units in order, at most one other word between two of them: « Corée (du) Nord ». */
  orderedRun: 4,
  /** The required units side by side in another order (one extra word allowed): « Nord, Corée ». */
  together: 3,
  sameSentence: 2,
  sameParagraph: 1,
  scattered: 0,
} as const;

export interface DocumentMatch {
  readonly tier: number;
  /** The best place needed a word one typo away: it ranks below one spelled as typed. */
  readonly fuzzy: boolean;
  /** What to mark, in text order: whole runs, never a lone weak word. */
  readonly hits: readonly HitRange[];
  /** The index in `hits` of the best-ranked occurrence (where the reader lands). */
  readonly best: number;
  /** A number to sort by, higher is better (tier first, then spelling, then how often). */
  readonly rank: number;
}

/** An occurrence of a unit: tokens [from, to). */
interface Occ {
  readonly unit: number;
  readonly from: number;
  readonly to: number;
  readonly fuzzy: boolean;
  readonly alias: boolean;
  /**
   * Written as typed, not only the same stem (« nord-coréens » for « nord-coréens », not
   * « nord-coréen »): known (`asTyped`), or to be checked against `surface` when it matters (in runs).
   */
  readonly asTyped?: boolean;
  readonly surface?: string | undefined;
}

function isAsTyped(view: DocumentView, o: Occ): boolean {
  return o.asTyped ?? asTyped(view, o.from, o.to, o.surface);
}

/** Where every unit of the plan matches, or null when a required unit is missing. */
export function matchDocument(view: DocumentView, plan: QueryPlan): DocumentMatch | null {
  if (plan.units.length === 0) return null;
  const occs = plan.units.map((unit, i) => occurrencesOf(unit, i, view));
  if (plan.required.some((i) => occs[i]!.length === 0)) return null;

  const exact = chains(view, occs, plan.units.map((_, i) => i), 0);
  if (exact.length > 0) return fromChains(view, exact, TIERS.exactRun);
  if (plan.required.length > 1) {
    const ordered = chains(view, occs, plan.required, 1);
    if (ordered.length > 0) return fromChains(view, ordered, TIERS.orderedRun);
  }
  return fromWindows(view, plan, occs);
}

function occurrencesOf(unit: QueryUnit, index: number, view: DocumentView): Occ[] {
  const { tokens } = view;
  const out: Occ[] = [];
  if (unit.kind === 'word') {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!.term;
      if (t === unit.term || (unit.prefix && t.startsWith(unit.term))) out.push({ unit: index, from: i, to: i + 1, fuzzy: false, alias: false, surface: unit.surface });
    }
    // One typo only when the word is nowhere as typed: « coréens » must not mark « Corée » beside it.
    if (out.length === 0 && !unit.weak && unit.term.length >= FUZZY_MIN_LENGTH) {
      for (let i = 0; i < tokens.length; i++) if (withinOneEdit(unit.term, tokens[i]!.term)) out.push({ unit: index, from: i, to: i + 1, fuzzy: true, alias: false, asTyped: false });
    }
    return out;
  }
  if (unit.kind === 'phrase') {
    for (const r of findFolded(view.folded, unit.folded)) {
      const span = originalSpan(view.folded, r.from, r.to);
      const from = firstTokenAtOrAfter(tokens, span.start);
      const to = firstTokenAtOrAfter(tokens, span.end);
      if (to > from) out.push({ unit: index, from, to, fuzzy: false, alias: false, asTyped: true });
    }
    return out;
  }
  for (const spelling of unit.spellings) {
    const n = spelling.terms.length;
    const prefix = unit.prefix && !spelling.alias;
    for (let i = 0; i + n <= tokens.length; i++) {
      let k = 0;
      while (k < n && (tokens[i + k]!.term === spelling.terms[k] || (prefix && k === n - 1 && tokens[i + k]!.term.startsWith(spelling.terms[k]!)))) k++;
      if (k === n && (k === 1 || joinedRun(view, i, i + n))) out.push({ unit: index, from: i, to: i + n, fuzzy: false, alias: spelling.alias, ...(spelling.alias ? { asTyped: false } : { surface: unit.surface }) });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** Whether tokens [from, to) are written as `surface` (folded words, no stemming); weak words count as typed. */
function asTyped(view: DocumentView, from: number, to: number, surface: string | undefined): boolean {
  if (surface === undefined) return true;
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(...surfaceWords(view.text.slice(view.tokens[i]!.start, view.tokens[i]!.end)));
  return words.join(' ') === surface;
}

function firstTokenAtOrAfter(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Chain {
  readonly from: number;
  readonly to: number;
  readonly fuzzy: boolean;
  readonly alias: boolean;
  readonly asTyped: boolean;
}

/** Runs of the given units in that order, each starting where the previous ends (or `gap` tokens later). */
function chains(view: DocumentView, occs: readonly Occ[][], order: readonly number[], gap: number): Chain[] {
  const starts = order.map((u) => new Map(occs[u]!.map((o) => [o.from, o])));
  const out: Chain[] = [];
  for (const first of occs[order[0]!]!) {
    let cur = first;
    let fuzzy = first.fuzzy;
    let alias = first.alias;
    let typed = isAsTyped(view, first);
    let k = 1;
    for (; k < order.length; k++) {
      let next: Occ | undefined;
      next = cur.to < view.tokens.length && joinable(view, cur.to) ? starts[k]!.get(cur.to) : undefined;
      for (let g = 1; g <= gap && !next; g++) next = starts[k]!.get(cur.to + g);
      if (!next) break;
      cur = next;
      fuzzy ||= next.fuzzy;
      alias ||= next.alias;
      typed &&= isAsTyped(view, next);
    }
    if (k === order.length && (out.length === 0 || first.from >= out[out.length - 1]!.to)) out.push({ from: first.from, to: cur.to, fuzzy, alias, asTyped: typed });
  }
  return out;
}

function span(view: DocumentView, from: number, to: number, alias: boolean): HitRange {
  const r = { start: view.tokens[from]!.start, end: view.tokens[to - 1]!.end };
  return alias ? { ...r, alias } : r;
}

function rankOf(tier: number, fuzzy: boolean, count: number): number {
  // A typo costs more than every tier: « armée russe » as written anywhere beats « armée de Russie ».
  return tier - (fuzzy ? 6 : 0) + Math.min(count, 40) * 0.01;
}

function fromChains(view: DocumentView, found: readonly Chain[], tier: number): DocumentMatch {
  // Land on a run written as typed, else on one with no typo, else on the first.
  let best = found.findIndex((c) => c.asTyped && !c.fuzzy && !c.alias);
  if (best === -1) best = Math.max(0, found.findIndex((c) => !c.fuzzy));
  const fuzzy = found[best]!.fuzzy;
  const typed = found.filter((c) => c.asTyped && !c.fuzzy).length;
  // Written as typed counts for half a tier, and each run so written twice as much as another form.
  const rank = rankOf(tier, fuzzy, found.length + 2 * typed) + (typed > 0 ? 0.5 : 0);
  return { tier, fuzzy, hits: found.map((c) => span(view, c.from, c.to, c.alias)), best, rank };
}

const SENTENCE_END = /[.!?…;]\s|\n/;
const PARAGRAPH_END = /\n/;

/** No run: the smallest windows holding every required unit, the closest one deciding the tier. */
function fromWindows(view: DocumentView, plan: QueryPlan, occs: readonly Occ[][]): DocumentMatch {
  const required = plan.required;
  const events = required.flatMap((u) => occs[u]!).sort((a, b) => a.from - b.from || a.to - b.to);
  const need = required.length;
  const inWindow = new Map<number, number>();
  const width = required.reduce((n, u) => n + Math.min(...occs[u]!.map((o) => o.to - o.from)), 0);
  let bestTier = -1;
  let bestFrom = 0;
  let bestLength = Infinity;
  let bestFuzzy = true;
  let left = 0;
  let fuzzyInWindow = 0;
  for (let right = 0; right < events.length; right++) {
    const r = events[right]!;
    inWindow.set(r.unit, (inWindow.get(r.unit) ?? 0) + 1);
    if (r.fuzzy) fuzzyInWindow++;
    while (inWindow.size === need) {
      const a = events[left]!;
      // Events are sorted by start: the window ends with the last one (a longer phrase earlier is rare).
      const to = Math.max(r.to, a.to);
      const length = to - a.from;
      const fuzzy = fuzzyInWindow > 0;
      const tier = tierOf(view, a.from, to, length, width);
      if (tier > bestTier || (tier === bestTier && (Number(fuzzy) < Number(bestFuzzy) || (fuzzy === bestFuzzy && length < bestLength)))) {
        bestTier = tier;
        bestFrom = a.from;
        bestLength = length;
        bestFuzzy = fuzzy;
      }
      const count = inWindow.get(a.unit)! - 1;
      if (count === 0) inWindow.delete(a.unit);
      else inWindow.set(a.unit, count);
      if (a.fuzzy) fuzzyInWindow--;
      left++;
    }
  }
  const hits = runsOf(view, plan, occs);
  const best = Math.max(0, hits.findIndex((h) => h.end > view.tokens[bestFrom]!.start));
  return { tier: bestTier, fuzzy: bestFuzzy, hits, best, rank: rankOf(bestTier, bestFuzzy, hits.length) };
}

function tierOf(view: DocumentView, from: number, to: number, length: number, width: number): number {
  if (length <= width + 1) return TIERS.together;
  const between = view.text.slice(view.tokens[from]!.end, view.tokens[to - 1]!.start);
  if (!SENTENCE_END.test(between)) return TIERS.sameSentence;
  if (!PARAGRAPH_END.test(between)) return TIERS.sameParagraph;
  return TIERS.scattered;
}

/**
 * Marks when the units stand apart: every occurrence of a required unit, with the query's weak
 * words beside it, side-by-side tokens drawn as one run; a weak word alone is never marked.
 */
function runsOf(view: DocumentView, plan: QueryPlan, occs: readonly Occ[][]): HitRange[] {
  const n = view.tokens.length;
  const unitAt = new Int32Array(n).fill(-1);
  const aliasAt = new Uint8Array(n);
  for (const u of plan.required) {
    for (const o of occs[u]!) {
      for (let i = o.from; i < o.to; i++) {
        unitAt[i] = u;
        if (o.alias) aliasAt[i] = 1;
      }
    }
  }
  // A weak word joins a run only where it stands in the query's order: « du » after « Corée » or before « Sud ».
  const weak = plan.units.flatMap((_, u) => (plan.required.includes(u) ? [] : occs[u]!));
  for (let grown = true; grown; ) {
    grown = false;
    for (const o of weak) {
      if (unitAt[o.from] !== -1) continue;
      const after = o.from > 0 && unitAt[o.from - 1] === o.unit - 1 && joinable(view, o.from);
      const before = o.to < n && unitAt[o.to] === o.unit + 1 && joinable(view, o.to);
      if (!after && !before) continue;
      for (let i = o.from; i < o.to; i++) unitAt[i] = o.unit;
      grown = true;
    }
  }
  const marked = Array.from(unitAt, (u, i) => (u === -1 ? 0 : aliasAt[i] ? 2 : 1));
  const out: HitRange[] = [];
  for (let i = 0; i < marked.length; ) {
    if (!marked[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    let alias = marked[i] === 2;
    while (j < marked.length && marked[j] && joinable(view, j)) alias ||= marked[j++] === 2;
    out.push(span(view, i, j, alias));
    i = j;
  }
  return out;
}

function joinedRun(view: DocumentView, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!joinable(view, i)) return false;
  return true;
}

/** Whether token `i` continues the run of the token before it: only spaces, hyphens or apostrophes between. */
function joinable(view: DocumentView, i: number): boolean {
  return /^[\s\-\u2010-\u2015'\u2019]*$/.test(view.text.slice(view.tokens[i - 1]!.end, view.tokens[i]!.start));
}
