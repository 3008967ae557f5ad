import { splitsSurrogatePair } from '../text/codePoints';
import { tokenize, type Token } from './analyzer';
import { termMatches, type ParsedQuery } from './query';

export interface HitRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where a query matches in a text, as exact spans of the original text: every word that answers a
 * query word, and every run of consecutive words that spells a phrase. Empty when a phrase or a word
 * of the query is missing (all words must be there).
 */
export function findHits(text: string, query: ParsedQuery, tokens: readonly Token[] = tokenize(text)): HitRange[] {
  const ranges: HitRange[] = [];
  for (const phrase of query.phrases) {
    let found = false;
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((p, k) => tokens[i + k]!.term === p)) {
        ranges.push({ start: tokens[i]!.start, end: tokens[i + phrase.length - 1]!.end });
        found = true;
      }
    }
    if (!found) return [];
  }
  for (const [i, word] of query.words.entries()) {
    const prefix = query.lastIsPrefix && i === query.words.length - 1;
    const matching = tokens.filter((t) => termMatches(word, t.term, prefix));
    if (matching.length === 0) return [];
    ranges.push(...matching.map((t) => ({ start: t.start, end: t.end })));
  }
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end).filter((r, i, all) => i === 0 || r.start >= all[i - 1]!.end);
}

/** A snippet around the first hit: the text before, the hit, the text after. */
export function snippetAround(text: string, hit: HitRange, radius = 60): { before: string; match: string; after: string } {
  let from = Math.max(0, hit.start - radius);
  let to = Math.min(text.length, hit.end + radius);
  // Never cut an emoji (a surrogate pair) in half at the edges of the snippet.
  if (splitsSurrogatePair(text, from)) from += 1;
  if (splitsSurrogatePair(text, to)) to -= 1;
  return { before: (from > 0 ? '…' : '') + text.slice(from, hit.start).replace(/\s+/g, ' '), match: text.slice(hit.start, hit.end), after: text.slice(hit.end, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : '') };
}
