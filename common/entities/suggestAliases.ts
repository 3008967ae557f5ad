import { foldTerm, foldWithMap, originalSpan } from '../text/fold';
import type { MentionSource } from './findMentions';

export interface AliasSuggestion {
  /** The spelling as the corpus writes it. */
  readonly spelling: string;
  readonly count: number;
  readonly occurrences: ReadonlyArray<{ sourceId: string; start: number; end: number }>;
  /** The known alias it resembles. */
  readonly like: string;
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const squash = (s: string) => s.replace(/[ ']/g, '');

/**
 * Spellings in the corpus that differ from a known alias only by hyphenation, spacing, accents or one
 * letter (« Kim Jung-un » for « Kim Jong-un »), and that the aliases do not already find. Offered to
 * the user; nothing is merged.
 */
export function suggestAliases(sources: readonly MentionSource[], aliases: readonly string[]): AliasSuggestion[] {
  const known = new Set(aliases.map(foldTerm));
  const targets = aliases.map((a) => ({ alias: a, squashed: squash(foldTerm(a)), words: foldTerm(a).split(' ').length })).filter((t) => t.squashed.length >= 4);
  const found = new Map<string, { spelling: string; like: string; occurrences: Array<{ sourceId: string; start: number; end: number }> }>();
  for (const source of sources) {
    const f = foldWithMap(source.text);
    const words = [...f.folded.matchAll(/[\p{L}\p{N}']+/gu)].map((m) => ({ from: m.index!, to: m.index! + m[0].length }));
    for (const target of targets) {
      for (let w = 0; w < words.length; w++) {
        // The fewest words that match from here: « Choe Sonhui », not « Choe Sonhui a ».
        for (let n = Math.max(1, target.words - 1); n <= target.words + 1 && w + n <= words.length; n++) {
          const from = words[w]!.from;
          const to = words[w + n - 1]!.to;
          const candidate = f.folded.slice(from, to);
          if (!withinOneEdit(squash(candidate), target.squashed)) continue;
          if (!known.has(candidate)) {
            const { start, end } = originalSpan(f, from, to);
            const spelling = source.text.slice(start, end).replace(/\s+/g, ' ');
            const entry = found.get(candidate) ?? { spelling, like: target.alias, occurrences: [] };
            entry.occurrences.push({ sourceId: source.id, start, end });
            found.set(candidate, entry);
          }
          break;
        }
      }
    }
  }
  return [...found.values()].map((e) => ({ ...e, count: e.occurrences.length })).sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling));
}
