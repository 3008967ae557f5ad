import { findFolded, originalSpan, type FoldedText } from '../text/fold';
import { withinOneEdit } from '../search/query';
import { foldAliases, foldedSource, type MentionSource } from './findMentions';

/** An entity's known spellings: its name and its aliases. */
export interface KnownSpellings {
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface AliasSuggestion {
  /** The spelling as the corpus writes it (its commonest form, a line-break hyphenation undone). */
  readonly spelling: string;
  readonly count: number;
  /** Every place it occurs: `text.slice(start, end)` is the spelling there. */
  readonly occurrences: ReadonlyArray<{ readonly sourceId: string; readonly start: number; readonly end: number }>;
  /** The known spelling it resembles. */
  readonly like: string;
}

/**
 * A one-letter difference is only offered for spellings of five letters or more: below that, one
 * letter turns a name into another word (« Choe » / « Chez »). Shorter ones only get spacing variants.
 */
const EDIT_MIN_LETTERS = 5;
const WORD = /[\p{L}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;

interface Target {
  readonly like: string;
  /** Letters and digits alone: « Kim Jong-un » → « kimjongun ». */
  readonly squashed: string;
  readonly words: number;
  readonly allowEdit: boolean;
  readonly capitalized: boolean;
}

interface Candidate {
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly like: string;
  /** 0: only spacing, hyphens, apostrophes, accents or case differ; 1: plus one letter. */
  readonly distance: number;
  /** How far the word count is from the known spelling's (fewer words added is likelier). */
  readonly wordGap: number;
}

/** The spelling at a folded range, as the source writes it: words from the original, joined as it joins them. */
function spellingAt(text: string, f: FoldedText, words: ReadonlyArray<{ from: number; to: number }>): string {
  let out = '';
  for (const [k, w] of words.entries()) {
    const span = originalSpan(f, w.from, w.to);
    if (k > 0) {
      const gap = text.slice(originalSpan(f, words[k - 1]!.from, words[k - 1]!.to).end, span.start);
      out += /[’‘ʼ'`]/.test(gap) ? gap.trim() : gap.includes('-') ? '-' : ' ';
    }
    out += text.slice(span.start, span.end).replace(/[-\u2010\u00ac\u00ad][ \t]*\n[ \t]*/g, '');
  }
  return out;
}

/**
 * Spellings in the corpus that differ from a known one only by hyphenation, spacing, accents, case
 * or one letter (« Kim Jung-un » for « Kim Jong-un »; « Steinhoil » for « Steinheil »), in runs of
 * as many words as the known spelling, or one more or fewer. Spellings the known ones already find
 * (same folded form) are not offered, nor any run overlapping such a mention (« a Kim Jong-un » is
 * one letter from « Kim Jong-un » but is a mention with a word before it). A known spelling that
 * starts with a capital only suggests spellings that do too (« Russie » does not offer « russe »).
 * Suggestions only: nothing is merged.
 */
export function suggestAliases(sources: readonly MentionSource[], entity: KnownSpellings | readonly string[]): AliasSuggestion[] {
  const spellings = isKnownSpellings(entity) ? [entity.name, ...entity.aliases] : [...entity];
  const known = foldAliases(spellings);
  const targets: Target[] = known
    .map(({ folded, alias }) => {
      const words = folded.match(WORD) ?? [];
      const squashed = words.join('');
      return { like: alias, squashed, words: words.length, allowEdit: squashed.length >= EDIT_MIN_LETTERS, capitalized: UPPER_START.test(alias.trim()) };
    })
    .filter((t) => t.squashed.length >= 3);
  if (targets.length === 0) return [];

  const found = new Map<string, { like: string; forms: Map<string, number>; occurrences: Array<{ sourceId: string; start: number; end: number; order: number }> }>();
  for (const [order, source] of sources.entries()) {
    const f = foldedSource(source);
    const taken = new Uint8Array(f.folded.length);
    for (const { folded } of known) for (const r of findFolded(f, folded)) taken.fill(1, r.from, r.to);
    const words = [...f.folded.matchAll(WORD)].map((m) => ({ from: m.index, to: m.index + m[0].length, text: m[0] }));
    // lengthBefore[k]: letters in words 0..k-1; joined[k]: word k follows word k-1 after a single space or
    // apostrophe (words of one name are never split by a comma or a full stop). Both let most runs be
    // refused before any string is built.
    const lengthBefore = new Int32Array(words.length + 1);
    const joined = new Uint8Array(words.length);
    for (const [k, w] of words.entries()) {
      lengthBefore[k + 1] = lengthBefore[k]! + w.text.length;
      if (k > 0) joined[k] = w.from - words[k - 1]!.to === 1 && /[ ']/.test(f.folded[w.from - 1]!) ? 1 : 0;
    }

    const candidates: Candidate[] = [];
    for (const target of targets) {
      const slack = target.allowEdit ? 1 : 0;
      for (let w = 0; w < words.length; w++) {
        for (let n = 1; n <= target.words + 1 && w + n <= words.length; n++) {
          if (n > 1 && !joined[w + n - 1]) break;
          if (n < target.words - 1) continue;
          const letters = lengthBefore[w + n]! - lengthBefore[w]!;
          if (letters > target.squashed.length + slack) break;
          if (letters < target.squashed.length - slack) continue;
          const run = words.slice(w, w + n);
          const squashed = run.map((r) => r.text).join('');
          const distance = squashed === target.squashed ? 0 : target.allowEdit && withinOneEdit(squashed, target.squashed) ? 1 : -1;
          if (distance < 0) continue;
          const from = run[0]!.from;
          const to = run[n - 1]!.to;
          if (taken.subarray(from, to).includes(1)) continue;
          if (target.capitalized && !UPPER_START.test(String.fromCodePoint(source.text.codePointAt(originalSpan(f, from, from + 1).start)!))) continue;
          candidates.push({ from, to, key: run.map((r) => r.text).join(' '), like: target.like, distance, wordGap: Math.abs(n - target.words) });
        }
      }
    }
    // The closest reading of each stretch of text wins, then the shortest (« Steihheil » rather than
    // « Mme Steihheil »: once accepted, the short one finds both), and no two suggestions share a letter.
    candidates.sort((a, b) => a.distance - b.distance || a.wordGap - b.wordGap || a.to - a.from - (b.to - b.from) || a.from - b.from);
    for (const c of candidates) {
      if (taken.subarray(c.from, c.to).includes(1)) continue;
      taken.fill(1, c.from, c.to);
      const run = words.filter((w) => w.from >= c.from && w.to <= c.to);
      const { start, end } = originalSpan(f, c.from, c.to);
      const form = spellingAt(source.text, f, run);
      const entry = found.get(c.key) ?? { like: c.like, forms: new Map<string, number>(), occurrences: [] };
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.occurrences.push({ sourceId: source.id, start, end, order });
      found.set(c.key, entry);
    }
  }
  return [...found.values()]
    .map((e) => ({
      spelling: commonest(e.forms),
      count: e.occurrences.length,
      occurrences: e.occurrences.sort((a, b) => a.order - b.order || a.start - b.start).map(({ sourceId, start, end }) => ({ sourceId, start, end })),
      like: e.like,
    }))
    .sort((a, b) => b.count - a.count || a.spelling.localeCompare(b.spelling, 'fr'));
}

function isKnownSpellings(entity: KnownSpellings | readonly string[]): entity is KnownSpellings {
  return !Array.isArray(entity);
}

/** The form seen most often (the first seen on a tie). */
function commonest(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) if (count > bestCount) [best, bestCount] = [form, count];
  return best;
}
