import { foldTerm } from '../text/fold';
import { terms } from './analyzer';

/** A parsed query: loose words (the last one a prefix while typing) and "quoted phrases". */
export interface ParsedQuery {
  readonly words: string[];
  readonly phrases: string[][];
  /** The last loose word is still being typed: match it as a prefix. */
  readonly lastIsPrefix: boolean;
}

export function parseQuery(query: string): ParsedQuery {
  const phrases: string[][] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_all, inner: string) => {
    const t = terms(inner);
    if (t.length) phrases.push(t);
    return ' ';
  });
  const words = terms(rest);
  return { words, phrases, lastIsPrefix: words.length > 0 && !/\s$/.test(query) && !query.trimEnd().endsWith('"') };
}

/** Edit distance of at most one (words of five letters or more may carry one typo). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export const FUZZY_MIN_LENGTH = 5;

/** Whether a document term answers a query word (exactly, as a prefix for the word being typed, or with one typo). */
export function termMatches(queryTerm: string, docTerm: string, prefix: boolean): boolean {
  if (docTerm === queryTerm) return true;
  if (prefix && docTerm.startsWith(queryTerm)) return true;
  return queryTerm.length >= FUZZY_MIN_LENGTH && withinOneEdit(queryTerm, docTerm);
}

export { foldTerm };
