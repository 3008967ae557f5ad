import { foldForMatching, originalSpan, type FoldedText } from '../text/fold';

/** A word of a text: its normalized term and its exact span in the original text (string indices). */
export interface Token {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

// French elisions (l’, d’, qu’, jusqu’…): « l’armée » is found by « armée ».
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/**
 * Light stemming for French and English plurals and the commonest inflection: soldats → soldat,
 * chevaux → cheval, troops → troop. Deliberately light: a heavy stemmer would conflate « armée »
 * (army) with « arme » (weapon).
 */
export function stem(term: string): string {
  if (term.length > 4 && term.endsWith('aux')) return `${term.slice(0, -3)}al`;
  if (term.length > 3 && /[sx]$/.test(term) && !/(ss|us|is)$/.test(term)) return term.slice(0, -1);
  return term;
}

/** Normalizes one folded word into a search term: elision off, stemmed. */
export function normalizeWord(folded: string): { term: string; skip: number } {
  const m = ELISION.exec(folded);
  const skip = m && m[0].length < folded.length ? m[0].length : 0;
  return { term: stem(folded.slice(skip).replace(/'/g, '')), skip };
}

/** Tokens of an already folded text, mapped back to the original. */
export function tokensOf(f: FoldedText): Token[] {
  const out: Token[] = [];
  for (const m of f.folded.matchAll(WORD)) {
    const { term, skip } = normalizeWord(m[0]);
    if (term === '') continue;
    const from = m.index! + skip;
    const span = originalSpan(f, from, m.index! + m[0].length);
    out.push({ term, start: span.start, end: span.end });
  }
  return out;
}

/** Tokenizes a text the way the index does: case, accents, apostrophes, hyphens, elision, plurals. */
export function tokenize(text: string): Token[] {
  return tokensOf(foldForMatching(text));
}

/** The terms alone (what MiniSearch indexes). */
export function terms(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}
