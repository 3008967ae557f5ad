import { foldTerm, foldWithMap, originalSpan, type FoldedText } from '../text/fold';

export interface MentionSource {
  readonly id: string;
  readonly text: string;
}

export interface Mention {
  readonly sourceId: string;
  /** The alias it matched, as the user wrote it. */
  readonly alias: string;
  /** String indices into the stored text. */
  readonly start: number;
  readonly end: number;
  /** The original text there (how this source spells it). */
  readonly text: string;
  readonly snippet: { before: string; match: string; after: string };
}

const WORD = /[\p{L}\p{N}]/u;
const SNIPPET = 60;

function isBoundary(folded: string, index: number): boolean {
  return index < 0 || index >= folded.length || !WORD.test(folded[index]!);
}

/** Caches folded texts per source text: finding mentions again for another entity does not refold. */
const foldCache = new WeakMap<object, FoldedText>();
function folded(source: MentionSource): FoldedText {
  let f = foldCache.get(source);
  if (!f) {
    f = foldWithMap(source.text);
    foldCache.set(source, f);
  }
  return f;
}

/**
 * Every occurrence of any alias across the sources, insensitive to case, accents, hyphens vs
 * spaces, apostrophe style and no-break spaces, at word boundaries, with exact original offsets.
 * Where two aliases overlap, the longer match wins.
 */
export function findMentions(sources: readonly MentionSource[], aliases: readonly string[]): Mention[] {
  const terms = [...new Map(aliases.map((a) => [foldTerm(a), a])).entries()].filter(([t]) => t !== '');
  const out: Mention[] = [];
  for (const source of sources) {
    const f = folded(source);
    const hits: Array<{ from: number; to: number; alias: string }> = [];
    for (const [term, alias] of terms) {
      for (let at = f.folded.indexOf(term); at !== -1; at = f.folded.indexOf(term, at + 1)) {
        if (isBoundary(f.folded, at - 1) && isBoundary(f.folded, at + term.length)) hits.push({ from: at, to: at + term.length, alias });
      }
    }
    hits.sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from));
    let lastEnd = -1;
    for (const hit of hits) {
      if (hit.from < lastEnd) continue;
      lastEnd = hit.to;
      const { start, end } = originalSpan(f, hit.from, hit.to);
      out.push({
        sourceId: source.id,
        alias: hit.alias,
        start,
        end,
        text: source.text.slice(start, end),
        snippet: { before: source.text.slice(Math.max(0, start - SNIPPET), start), match: source.text.slice(start, end), after: source.text.slice(end, end + SNIPPET) },
      });
    }
  }
  return out;
}
