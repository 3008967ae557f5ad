import { splitsSurrogatePair } from '../text/codePoints';
import { findFolded, foldForMatching, foldTerm, originalSpan, type FoldedText } from '../text/fold';

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
  /** The original text there (how this source spells it): always `text.slice(start, end)`. */
  readonly text: string;
  readonly snippet: { readonly before: string; readonly match: string; readonly after: string };
}

const SNIPPET_RADIUS = 60;

/**
 * Folded texts per source object: finding mentions of another entity in the same corpus (the
 * reader keeps its source objects) does not fold every text again. Weak, so dropped sources go.
 */
const foldCache = new WeakMap<MentionSource, FoldedText>();
export function foldedSource(source: MentionSource): FoldedText {
  let f = foldCache.get(source);
  if (!f || f.originalLength !== source.text.length) {
    f = foldForMatching(source.text);
    foldCache.set(source, f);
  }
  return f;
}

/** The aliases folded once, duplicates (same folded form) dropped: the first spelling names them. */
export function foldAliases(aliases: readonly string[]): Array<{ folded: string; alias: string }> {
  const seen = new Map<string, string>();
  for (const alias of aliases) {
    const folded = foldTerm(alias);
    if (folded !== '' && !seen.has(folded)) seen.set(folded, alias);
  }
  return [...seen].map(([folded, alias]) => ({ folded, alias }));
}

/** Context either side of a span, widened so that no surrogate pair is cut in half. */
function snippetOf(text: string, start: number, end: number): Mention['snippet'] {
  let from = Math.max(0, start - SNIPPET_RADIUS);
  if (splitsSurrogatePair(text, from)) from--;
  let to = Math.min(text.length, end + SNIPPET_RADIUS);
  if (splitsSurrogatePair(text, to)) to++;
  return { before: text.slice(from, start), match: text.slice(start, end), after: text.slice(end, to) };
}

/**
 * Every occurrence of any alias across the sources, insensitive to case, accents, hyphens vs
 * spaces, apostrophe style and no-break spaces, at word boundaries, with exact original offsets.
 * Where matches overlap, the longest alias wins (« Sergueï Lavrov » over « Lavrov »), then the
 * earliest. Sorted by source (in the order given), then by position.
 */
export function findMentions(sources: readonly MentionSource[], aliases: readonly string[]): Mention[] {
  const needles = foldAliases(aliases);
  const out: Mention[] = [];
  if (needles.length === 0) return out;
  for (const source of sources) {
    const f = foldedSource(source);
    const candidates: Array<{ from: number; to: number; alias: string }> = [];
    for (const { folded, alias } of needles) for (const r of findFolded(f, folded)) candidates.push({ ...r, alias });
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const taken = new Uint8Array(f.folded.length);
    const kept: typeof candidates = [];
    for (const c of candidates) {
      if (taken.subarray(c.from, c.to).includes(1)) continue;
      taken.fill(1, c.from, c.to);
      kept.push(c);
    }
    kept.sort((a, b) => a.from - b.from);
    for (const c of kept) {
      const { start, end } = originalSpan(f, c.from, c.to);
      out.push({ sourceId: source.id, alias: c.alias, start, end, text: source.text.slice(start, end), snippet: snippetOf(source.text, start, end) });
    }
  }
  return out;
}
