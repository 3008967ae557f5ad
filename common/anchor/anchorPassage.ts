import search from 'approx-string-match';
import { positionScore, prefixScore, suffixScore } from './contextScore';
import type { AnchorResult, PassageSelector } from './types';

/**
 * The lowest score an approximate match may have and still be accepted (as `fuzzy`, which the user
 * reviews). A score weighs the quote's own similarity (60 %), its context (30 %, prefix and suffix
 * alike) and nearness to the old place (10 %). 0.75 accepts a quote with a reworded phrase or one side
 * of its context lost (≈0.8 in the tests), and refuses a look-alike in unrelated context: even a
 * quote at the largest error we search for (25 %) with no agreeing context scores at most 0.55.
 */
export const MIN_ANCHOR_SCORE = 0.75;

/** Approximate search allows up to a quarter of the quote's length in edits. */
const MAX_ERROR_RATE = 0.25;

const QUOTE_WEIGHT = 0.6;
const CONTEXT_WEIGHT = 0.3;
const POSITION_WEIGHT = 0.1;

function allOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) found.push(i);
  return found;
}

function contextScore(text: string, start: number, end: number, selector: PassageSelector): number {
  return (prefixScore(text, start, selector.prefix) + suffixScore(text, end, selector.suffix)) / 2;
}

/** Among exact repeats, the one whose context and position agree best. */
function bestExact(text: string, selector: PassageSelector, starts: number[]): AnchorResult {
  let best = starts[0]!;
  let bestScore = -1;
  for (const start of starts) {
    const end = start + selector.exact.length;
    const score = contextScore(text, start, end, selector) * 0.9 + positionScore(text, start, selector.start) * 0.1;
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return { start: best, end: best + selector.exact.length, score: 1, method: 'exact' };
}

function bestFuzzy(text: string, selector: PassageSelector): AnchorResult | null {
  const { exact } = selector;
  const maxErrors = Math.floor(exact.length * MAX_ERROR_RATE);
  if (maxErrors === 0) return null;
  let best: AnchorResult | null = null;
  for (const match of search(text, exact, maxErrors)) {
    const quote = 1 - match.errors / exact.length;
    const score =
      QUOTE_WEIGHT * quote + CONTEXT_WEIGHT * contextScore(text, match.start, match.end, selector) + POSITION_WEIGHT * positionScore(text, match.start, selector.start);
    if (!best || score > best.score) best = { start: match.start, end: match.end, score, method: 'fuzzy' };
  }
  return best && best.score >= MIN_ANCHOR_SCORE ? best : null;
}

/**
 * Finds a passage in `text`: at its stored position if the text there is still `exact`; else by an
 * exact search (repeats told apart by context and nearness); else by approximate search, refused
 * below MIN_ANCHOR_SCORE. Returns null when nothing acceptable is found: an uncertain match is
 * never silently accepted.
 */
export function anchorPassage(text: string, selector: PassageSelector): AnchorResult | null {
  const { exact, start, end } = selector;
  if (exact === '' || text === '') return null;
  if (start >= 0 && end <= text.length && text.slice(start, end) === exact) return { start, end, score: 1, method: 'position' };
  const starts = allOccurrences(text, exact);
  if (starts.length > 0) return bestExact(text, selector, starts);
  return bestFuzzy(text, selector);
}
