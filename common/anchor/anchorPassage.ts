import search from 'approx-string-match';
import { positionScore, prefixScore, sidesAgreement, suffixScore, type PartScore } from './contextScore';
import { editDistance } from './editDistance';
import { quoteEdges, wholeSpans } from './snapMatch';
import type { AnchorResult, PassageQuery } from './types';

/**
 * The lowest score a match may have and still be accepted (as `fuzzy`, which the user reviews).
 * A score is the weighted mean of what is known about a candidate: the quote's own similarity
 * (weight 0.5), each side of its context (0.2 each) and nearness to the old place (0.1), about the
 * proportions Hypothesis uses. What is not known (no prefix, no suffix, no position) is left out of
 * the mean rather than guessed, so a quote alone is judged the same wherever it is (accepted up to
 * 20 % of edits). 0.8 rather than 0.75: in the re-anchoring benchmark, 6 of the 7 fuzzy matches
 * scoring 0.75–0.8 were in the wrong place (5 of 8 right just above 0.8), and the public cases
 * refuse a long quote with a fifth of it changed. It refuses an exact quote whose only known context
 * disagrees entirely (0.5 / 0.7 ≈ 0.71) and a look-alike in unrelated context.
 */
export const MIN_ANCHOR_SCORE = 0.8;

/** Approximate search allows up to a quarter of the quote's length in edits. */
const MAX_ERROR_RATE = 0.25;

/**
 * When the passage's place is known, approximate search looks only this far (in characters) on
 * each side of where it is expected, not through the whole text: approximate search over 100 KB
 * costs tens of milliseconds per passage, a window of a few KB well under one. A passage that both
 * moved further than this and was edited becomes an orphan, offered for review: never a silent move.
 * Texts shorter than the window are searched whole, as before.
 */
export const APPROXIMATE_WINDOW = 4096;

const QUOTE_WEIGHT = 0.5;
const PREFIX_WEIGHT = 0.2;
const SUFFIX_WEIGHT = 0.2;
const POSITION_WEIGHT = 0.1;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

function allOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

function weightedMean(parts: ReadonlyArray<readonly [PartScore, number]>): number {
  let sum = 0;
  let weights = 0;
  for (const [score, weight] of parts) {
    if (score === 'unknown') continue;
    sum += score * weight;
    weights += weight;
  }
  return sum / weights;
}

/** How well [start, end) fits the query: quote, prefix, suffix and position together. */
function scoreSpan(text: string, query: PassageQuery, start: number, end: number, quote: number): number {
  return weightedMean([
    [quote, QUOTE_WEIGHT],
    [prefixScore(text, start, query.prefix), PREFIX_WEIGHT],
    [suffixScore(text, end, query.suffix), SUFFIX_WEIGHT],
    [positionScore(text, start, query.start), POSITION_WEIGHT],
  ]);
}

/**
 * At its own place, one side of context still as stored is enough (or none stored). There, an empty
 * prefix at offset 0 (or suffix at the end) is the text's edge, as when the passage was cut.
 */
function agreesAtOwnPlace(text: string, query: PassageQuery, start: number, end: number): boolean {
  const sides = sidesAgreement(text, start, end, query.prefix, query.suffix);
  const before = sides.prefix === true || (query.prefix === '' && start === 0);
  const after = sides.suffix === true || (query.suffix === '' && end === text.length);
  return before || after || (sides.prefix === 'unknown' && sides.suffix === 'unknown');
}

/** Elsewhere, every side of context that is stored must be exactly as stored. */
function agreesElsewhere(text: string, query: PassageQuery, start: number, end: number): boolean {
  const sides = sidesAgreement(text, start, end, query.prefix, query.suffix);
  return sides.prefix !== false && sides.suffix !== false;
}

/** The best-scoring candidate; on a tie the earlier one, as a reader would pick. */
function best(candidates: readonly Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.score > top.score || (c.score === top.score && c.start < top.start)) top = c;
  return top;
}

/** Text in which the exact occurrences are blanked out, so approximate search looks elsewhere. */
function withoutOccurrences(text: string, length: number, starts: readonly number[]): string {
  if (starts.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of starts) {
    if (s < at) continue;
    out += text.slice(at, s) + '\u0000'.repeat(length);
    at = s + length;
  }
  return out + text.slice(at);
}

/** The part of the text approximate search looks in: around `near` when it is known, else all of it. */
function searchWindow(text: string, exactLength: number, near: number | 'unknown'): { from: number; to: number } {
  if (near === 'unknown') return { from: 0, to: text.length };
  const from = Math.max(0, Math.min(text.length, near) - APPROXIMATE_WINDOW);
  return { from, to: Math.min(text.length, Math.max(0, near) + exactLength + APPROXIMATE_WINDOW) };
}

/** Approximate matches, each made whole (characters, words) and scored on quote and context together. */
function approximateCandidates(text: string, query: PassageQuery, exactStarts: readonly number[], near: number | 'unknown'): Candidate[] {
  const { exact } = query;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return [];
  const edges = quoteEdges(exact, query.prefix, query.suffix);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const { from, to } = searchWindow(text, exact.length, near);
  const inWindow = exactStarts.filter((s) => s >= from && s + exact.length <= to).map((s) => s - from);
  for (const found of search(withoutOccurrences(text.slice(from, to), exact.length, inWindow), exact, maxErrors)) {
    const match = { start: found.start + from, end: found.end + from };
    for (const span of wholeSpans(text, match.start, match.end, edges)) {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const quote = Math.max(0, 1 - editDistance(exact, text.slice(span.start, span.end)) / exact.length);
      if (quote < 1 - MAX_ERROR_RATE) continue;
      candidates.push({ ...span, score: scoreSpan(text, query, span.start, span.end, quote) });
    }
  }
  return candidates;
}

/**
 * Finds a passage in `text`. An exact occurrence counts as found (score 1) only when its context
 * backs it: at its stored position with one side of context as stored (`position`), elsewhere with
 * every stored side as stored (`exact`; repeats told apart by context and nearness). Otherwise exact
 * repeats whose context disagrees and approximate matches compete on one score and the best is
 * `fuzzy`, refused below MIN_ANCHOR_SCORE. Returns null when nothing acceptable is found: an
 * uncertain match is never silently accepted.
 */
export function anchorPassage(text: string, query: PassageQuery, near: number | 'unknown' = query.start): AnchorResult | null {
  return anchorExactly(text, query) ?? anchorApproximately(text, query, near);
}

const scoredOccurrences = (text: string, query: PassageQuery, starts: readonly number[]): Candidate[] =>
  starts.map((s) => ({ start: s, end: s + query.exact.length, score: scoreSpan(text, query, s, s + query.exact.length, 1) }));

/** The first two steps of anchorPassage: the stored place, then exact occurrences their context backs. Cheap. */
export function anchorExactly(text: string, query: PassageQuery): AnchorResult | null {
  const { exact, start, end } = query;
  if (exact === '' || text === '') return null;
  if (start !== 'unknown' && end !== 'unknown' && start >= 0 && end <= text.length && text.slice(start, end) === exact && agreesAtOwnPlace(text, query, start, end)) {
    return { start, end, score: 1, method: 'position' };
  }
  const starts = allOccurrences(text, exact).filter((s) => agreesElsewhere(text, query, s, s + exact.length));
  const agreeing = best(scoredOccurrences(text, query, starts));
  return agreeing ? { start: agreeing.start, end: agreeing.end, score: 1, method: 'exact' } : null;
}

/**
 * The last step, for a passage anchorExactly did not find: exact repeats whose context disagrees and
 * approximate matches near `near` (where the passage is expected in this text) compete on one score.
 */
export function anchorApproximately(text: string, query: PassageQuery, near: number | 'unknown' = query.start): AnchorResult | null {
  if (query.exact === '' || text === '') return null;
  const starts = allOccurrences(text, query.exact);
  const found = best([...scoredOccurrences(text, query, starts), ...approximateCandidates(text, query, starts, near)]);
  return found && found.score >= MIN_ANCHOR_SCORE ? { start: found.start, end: found.end, score: found.score, method: 'fuzzy' } : null;
}
