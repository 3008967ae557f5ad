import { splitsSurrogatePair } from '../text/codePoints';
import { tokensOf } from './analyzer';
import { matchDocument } from './matchDocument';
import { foldForMatching } from '../text/fold';
import { planQuery, type AliasTable } from './queryPlan';

export interface HitRange {
  readonly start: number;
  readonly end: number;
  /** Matched through another spelling of a known actor (« Kim Jung-un » for « Kim Jong Un »). */
  readonly alias?: boolean;
}

/**
 * Find in source: where a query matches in one text, as runs (« Kim Jong-un » is one hit, never
 * « Kim », « Jong », « un »), in text order, with the best-ranked one to land on. The last word
 * is always a prefix (the find bar searches as the user types). Empty when a required word is missing.
 */
export function findHits(text: string, query: string, aliases?: AliasTable): { hits: readonly HitRange[]; best: number } {
  const folded = foldForMatching(text);
  const tokens = tokensOf(folded);
  const match = matchDocument({ text, folded, tokens }, planQuery(query, aliases, true));
  return match ? { hits: match.hits, best: match.best } : { hits: [], best: 0 };
}

/** A snippet around a hit: the text before, the hit, the text after. */
export function snippetAround(text: string, hit: HitRange, radius = 60): { before: string; match: string; after: string } {
  let from = Math.max(0, hit.start - radius);
  let to = Math.min(text.length, hit.end + radius);
  // Never cut an emoji (a surrogate pair) in half at the edges of the snippet.
  if (splitsSurrogatePair(text, from)) from += 1;
  if (splitsSurrogatePair(text, to)) to -= 1;
  return { before: (from > 0 ? '…' : '') + text.slice(from, hit.start).replace(/\s+/g, ' '), match: text.slice(hit.start, hit.end), after: text.slice(hit.end, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '') };
}
