import { foldTerm } from '../text/fold';
import { terms } from './analyzer';
import { isWeakTerm } from './stopWords';

/**
 * A query as a researcher means it: an ordered list of units, each to be found in a document.
 * Several words are one query: their order is kept, so a run of them in a document ranks first.
 */
export type QueryUnit =
  /** A loose word (an analyzer term); `weak` ones (« un », « du », « son ») only count inside a run. */
  | { readonly kind: 'word'; readonly term: string; readonly prefix: boolean; readonly weak: boolean; readonly surface?: string }
  /** A quoted phrase, matched on the folded text as written (accents, case and hyphens folded, no stemming). */
  | { readonly kind: 'phrase'; readonly folded: string; readonly terms: readonly string[] }
  /**
   * Words that stand as one: a known actor's name typed as one of its spellings (any spelling
   * matches, the others as aliases), or a hyphenated word (« nord-coréens » is not « Corée du Nord »).
   * `prefix`: the last word of the spelling typed is still being typed.
   */
  | { readonly kind: 'name'; readonly typed: string; readonly spellings: readonly NameSpelling[]; readonly prefix: boolean; readonly surface?: string };

export interface NameSpelling {
  readonly terms: readonly string[];
  /** Not the spelling typed (« Kim Jung-un » for « Kim Jong Un »): its marks say so. */
  readonly alias: boolean;
}

export interface QueryPlan {
  readonly units: readonly QueryUnit[];
  /** Indices of the units a document must contain: all but the weak words (all, if every word is weak). */
  readonly required: readonly number[];
}

/** The spellings of each known actor, keyed by the terms of every one of them. */
export type AliasTable = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

/** Longest name looked for in a query, in words. */
const MAX_NAME_WORDS = 6;

/** Builds the alias table from actors (name and aliases); spellings made only of weak words are left out. */
export function aliasTable(actors: ReadonlyArray<{ readonly name: string; readonly aliases: readonly string[] }>): AliasTable {
  const table = new Map<string, Array<readonly string[]>>();
  for (const actor of actors) {
    const spellings = uniqueByKey([actor.name, ...actor.aliases].map((s) => terms(s)).filter((t) => t.length > 0 && t.some((w) => !isWeakTerm(w))));
    if (spellings.length < 2) continue; // one spelling: a plain run of words does the same
    for (const s of spellings) table.set(s.join(' '), spellings);
  }
  return table;
}

function uniqueByKey(list: ReadonlyArray<readonly string[]>): Array<readonly string[]> {
  const seen = new Map<string, readonly string[]>();
  for (const t of list) if (!seen.has(t.join(' '))) seen.set(t.join(' '), t);
  return [...seen.values()];
}

/** French quotes and curly quotes count as phrase quotes: « Corée du Nord » is a phrase. */
export function straightQuotes(query: string): string {
  return query.replace(/«[\s\u00a0\u202f]*/g, '"').replace(/[\s\u00a0\u202f]*»/g, '"').replace(/[“”„]/g, '"');
}

/**
 * Compiles what was typed. `typing`: the last loose word is still being typed (no space after it)
 * and matches as a prefix.
 */
export function planQuery(raw: string, aliases: AliasTable = new Map(), typing = true): QueryPlan {
  const query = straightQuotes(raw);
  const units: QueryUnit[] = [];
  const lastIsPrefix = typing && !/\s$/.test(query) && !query.trimEnd().endsWith('"');
  const parts = query.split(/("[^"]*"?)/);
  const lastLoose = parts.reduce((last, p, i) => (!p.startsWith('"') && terms(p).length > 0 ? i : last), -1);
  parts.forEach((part, i) => {
    if (part.startsWith('"')) {
      const inner = part.replace(/^"|"$/g, '');
      const t = terms(inner);
      if (t.length > 0) units.push({ kind: 'phrase', folded: foldTerm(inner), terms: t });
      return;
    }
    units.push(...looseUnits(piecesOf(part), aliases, lastIsPrefix && i === lastLoose));
  });
  const strong = units.flatMap((u, i) => (u.kind === 'word' && u.weak ? [] : [i]));
  return { units, required: strong.length > 0 ? strong : units.map((_, i) => i) };
}

interface Piece {
  readonly terms: readonly string[];
  /** The words as typed, folded but not stemmed (« coreens »): a document using that very form ranks first. */
  readonly surface: readonly string[] | null;
}

const ELIDED = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/;

/** The folded, unstemmed words of a text, as a document's words are compared with them. */
export function surfaceWords(text: string): string[] {
  return foldTerm(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(ELIDED, '').replace(/'/g, ''))
    .filter(Boolean);
}

/** The words between spaces, each with its terms: « nord-coréens » is one piece of two terms. */
function piecesOf(loose: string): Piece[] {
  return loose
    .split(/[\s\u00a0\u202f]+/)
    .map((chunk) => {
      const t = terms(chunk);
      const surface = surfaceWords(chunk);
      return { terms: t, surface: surface.length === t.length ? surface : null };
    })
    .filter((p) => p.terms.length > 0);
}

/** Loose words, with known names (longest first) and hyphenated words taken as units. */
function looseUnits(pieces: readonly Piece[], aliases: AliasTable, lastIsPrefix: boolean): QueryUnit[] {
  const words = pieces.flatMap((p) => p.terms);
  const surfaces: Array<string | null> = pieces.flatMap((p): Array<string | null> => (p.surface ? [...p.surface] : p.terms.map(() => null)));
  const pieceStarting = new Map<number, Piece>();
  pieces.reduce((at, p) => (pieceStarting.set(at, p), at + p.terms.length), 0);
  const out: QueryUnit[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && aliases.size > 0; n--) {
      const key = words.slice(i, i + n).join(' ');
      const spellings = aliases.get(key);
      if (!spellings) continue;
      out.push({ kind: 'name', typed: key, spellings: spellings.map((s) => ({ terms: s, alias: s.join(' ') !== key })), prefix: false });
      taken = n;
      break;
    }
    const piece = pieceStarting.get(i);
    if (taken === 0 && piece && piece.terms.length > 1) {
      const key = piece.terms.join(' ');
      const prefix = lastIsPrefix && i + piece.terms.length === words.length;
      out.push({ kind: 'name', typed: key, spellings: [{ terms: piece.terms, alias: false }], prefix, ...(piece.surface ? { surface: piece.surface.join(' ') } : {}) });
      taken = piece.terms.length;
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    const term = words[i]!;
    const surface = surfaces[i];
    out.push({ kind: 'word', term, prefix: lastIsPrefix && i === words.length - 1, weak: isWeakTerm(term), ...(surface ? { surface } : {}) });
    i++;
  }
  return out;
}
