import { foldForMatching, foldOnly, originalSpan, type FoldedText } from '../text/fold';

/**
 * The French analyzer search runs on: text → words with a normalized `term` and their exact span
 * in the original text. Folding (case, accents, apostrophes, hyphens, spaces, ligatures, OCR line
 * breaks) is common/text/fold's; here come the two steps that are about words: elision and stemming.
 */
export interface Token {
  readonly term: string;
  /** String indices into the original text: `text.slice(start, end)` is the word as written. */
  readonly start: number;
  readonly end: number;
}

/**
 * Bump when terms change (a rule added below): an index persisted with other terms would silently
 * miss words, so the search index refuses to load one made by another version.
 */
export const ANALYZER_VERSION = 2;

// French elisions, with either apostrophe (both fold to '): « l’armée » is found by « armée ».
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);
const HAS_DIGIT = /\d/;

/**
 * Light stemming, one rule per line, applied after folding: the first plural rule that fits, then
 * the first feminine rule that fits what is left. Deliberately light: a real stemmer would conflate
 * « armée » (army) with « arme » (weapon) and « Russie » with « russe ». The index and the query
 * both go through it, so a rule only has to be the same on both sides, not linguistically perfect
 * (« pays » → « pay » is harmless). Words with digits are left alone (« 1990s », « G7 »).
 */
export interface StemRule {
  readonly suffix: string;
  readonly replace: string;
  /** The word's length at least (short words are left alone: « elle », « bus »). */
  readonly minLength: number;
  /** Letters the suffix must not follow (« Paris », « plus », « presse » keep their s). */
  readonly notAfter?: string;
  /** Folded words and their stems, checked by the tests: the documentation cannot drift. */
  readonly examples: ReadonlyArray<readonly [string, string]>;
}
export const PLURAL_RULES: readonly StemRule[] = [
  { suffix: 'eaux', replace: 'eau', minLength: 6, examples: [['bateaux', 'bateau']] },
  { suffix: 'aux', replace: 'al', minLength: 5, examples: [['chevaux', 'cheval'], ['journaux', 'journal'], ['eaux', 'eaux']] },
  // Other words in -x keep it: « deux », « heureux », « mieux », « prix » are not plurals.
  { suffix: 's', replace: '', minLength: 4, notAfter: 'sui', examples: [['soldats', 'soldat'], ['troops', 'troop'], ['paris', 'paris'], ['plus', 'plus'], ['bus', 'bus'], ['les', 'les'], ['deux', 'deux']] },
];
export const FEMININE_RULES: readonly StemRule[] = [
  { suffix: 'enne', replace: 'en', minLength: 6, examples: [['coreenne', 'coreen']] },
  { suffix: 'elle', replace: 'el', minLength: 7, examples: [['officielle', 'officiel'], ['elle', 'elle'], ['belle', 'belle']] },
  { suffix: 'euse', replace: 'eux', minLength: 6, examples: [['heureuse', 'heureux']] },
  { suffix: 'ive', replace: 'if', minLength: 6, examples: [['offensive', 'offensif'], ['olive', 'olive']] },
];

/** Applies the first rule of `rules` that fits `word`. */
function applyFirst(word: string, rules: readonly StemRule[]): string {
  for (const r of rules) {
    if (word.length < r.minLength || !word.endsWith(r.suffix)) continue;
    if (r.notAfter && r.notAfter.includes(word.charAt(word.length - r.suffix.length - 1))) continue;
    return word.slice(0, word.length - r.suffix.length) + r.replace;
  }
  return word;
}

/** The stem of one folded word: soldats → soldat, Coréens → coreen, nord-coréennes → nord, coreen. */
export function stem(word: string): string {
  if (HAS_DIGIT.test(word)) return word;
  return applyFirst(applyFirst(word, PLURAL_RULES), FEMININE_RULES);
}

/** One folded word as a search term: elision off (`skip` letters), apostrophes out, stemmed. */
export function normalizeWord(folded: string): { term: string; skip: number } {
  const apostrophe = folded.indexOf("'");
  if (apostrophe === -1) return { term: stem(folded), skip: 0 };
  const skip = ELISIONS.has(folded.slice(0, apostrophe)) ? apostrophe + 1 : 0;
  return { term: stem(folded.slice(skip).replace(/'/g, '')), skip };
}

const APOSTROPHE = 0x27;
const wordCodePoints = new Map<number, boolean>();
/** Letters and digits; ASCII answered at once, the rest by Unicode class, cached. */
function isWordCode(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  const cp = s.codePointAt(i)!;
  let known = wordCodePoints.get(cp);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCodePoint(cp));
    wordCodePoints.set(cp, known);
  }
  return known;
}

/**
 * Calls `visit` for each word of a folded text: letters and digits, possibly joined by apostrophes
 * (« l'armee », « aujourd'hui »). Hyphens are spaces by now, so « nord-coréennes » is two words.
 * A hand-written scanner: on 40 MB of text it is several times faster than a Unicode regular expression.
 */
function eachWord(folded: string, visit: (from: number, to: number) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(folded, i)) {
      i++;
      continue;
    }
    const from = i;
    for (;;) {
      while (i < n && isWordCode(folded, i)) i += folded.charCodeAt(i) >= 0xd800 && folded.charCodeAt(i) <= 0xdbff ? 2 : 1;
      if (i + 1 < n && folded.charCodeAt(i) === APOSTROPHE && isWordCode(folded, i + 1)) i++;
      else break;
    }
    visit(from, i);
  }
}

/** Tokens of an already folded text, mapped back to the original. */
export function tokensOf(f: FoldedText): Token[] {
  const out: Token[] = [];
  eachWord(f.folded, (from, to) => {
    const { term, skip } = normalizeWord(f.folded.slice(from, to));
    if (term === '') return;
    const { start, end } = originalSpan(f, from + skip, to);
    out.push({ term, start, end });
  });
  return out;
}

/** Tokenizes a text the way the index does, each token with its exact original span. */
export function tokenize(text: string): Token[] {
  return tokensOf(foldForMatching(text));
}

/** The terms alone, in order (what MiniSearch indexes): no offset map is built, so it is cheaper. */
export function terms(text: string): string[] {
  const out: string[] = [];
  const folded = foldOnly(text);
  eachWord(folded, (from, to) => {
    const { term } = normalizeWord(folded.slice(from, to));
    if (term !== '') out.push(term);
  });
  return out;
}
