/**
 * Folding for insensitive matching that keeps exact offsets. The folded text is only ever searched,
 * never sliced for display: every folded index maps back to a span of the original text.
 *
 * Folded: case, accents (also in NFD input), apostrophe styles (’ ʼ ` → '), hyphens, dashes,
 * no-break and other spaces (→ one space, runs collapsed), ligatures (œ → oe, æ → ae, ß → ss), and
 * OCR hyphenation across a line break (« Stein-\nheil » → « steinheil »).
 */
export interface FoldedText {
  readonly folded: string;
  /** For each folded index, the original index where its character starts. */
  readonly starts: Int32Array;
  /** For each folded index, the original index just after its character. */
  readonly ends: Int32Array;
}

const APOSTROPHES = /[’‘ʼ`´']/;
const SEPARATORS = /[\s\u00a0\u202f\u2009\u2007\-‐‑‒–—―]/;
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss', ﬁ: 'fi', ﬂ: 'fl' };
const LETTER = /[\p{L}\p{N}]/u;

function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  if (LIGATURES[lower]) return LIGATURES[lower]!;
  if (APOSTROPHES.test(ch)) return "'";
  if (SEPARATORS.test(ch)) return ' ';
  return lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Folds `text`, keeping for every folded character the original span it came from. */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    // OCR hyphenation: letter, hyphen, line break (and spaces), letter → the word joined.
    if (ch === '-' && LETTER.test(folded.at(-1) ?? '')) {
      const m = /^[ \t]*\n[ \t]*/.exec(text.slice(next, next + 12));
      if (m && LETTER.test(text.charAt(next + m[0].length))) {
        i = next + m[0].length;
        continue;
      }
    }
    const out = foldChar(ch);
    if (out === ' ' && folded.endsWith(' ')) {
      ends[ends.length - 1] = next; // a run of separators folds to one space
    } else {
      // One map entry per code unit, so folded indices stay string indices (an emoji is two).
      for (let k = 0; k < out.length; k++) {
        starts.push(i);
        ends.push(next);
      }
      folded += out;
    }
    i = next;
  }
  return { folded, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Folds a short query or alias (no map needed), trimmed. */
export function foldTerm(text: string): string {
  return foldWithMap(text).folded.trim();
}

/** The original span of folded range [from, to). */
export function originalSpan(f: FoldedText, from: number, to: number): { start: number; end: number } {
  return { start: f.starts[from]!, end: f.ends[to - 1]! };
}
