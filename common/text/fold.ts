/**
 * Folding for insensitive matching that keeps exact offsets. The folded text is only ever searched,
 * never sliced for display: every folded range maps back to a span of the original text, so a match
 * lands on the very characters the source has (offsets into sources are sacred).
 *
 * Folded: case; accents, also in NFD input (combining marks are dropped and their span is given to
 * the letter they sit on, so a match never ends between a letter and its accent); apostrophe styles
 * (’ ‘ ʼ ` ´ → '); hyphens, dashes and every space, no-break ones included (→ one space, runs
 * collapsed); ligatures and letters NFD leaves alone (œ → oe, æ → ae, ß → ss, ø → o, ł → l…);
 * compatibility forms through NFKD (ﬁ → fi, superscript ᵉ → e); soft hyphens and zero-width
 * characters (dropped); and OCR hyphenation across a line break (« Stein-\nheil » → « steinheil »).
 *
 * Folded indices are UTF-16 indices of `folded`; an astral character is two folded code units, each
 * mapped to the whole character, so nothing after it shifts.
 */
export interface FoldedText {
  readonly folded: string;
  /** For each folded index, the original index where its character starts. */
  readonly starts: Int32Array;
  /** For each folded index, the original index just after its character (and any marks on it). */
  readonly ends: Int32Array;
  /** Length of the original text (where an empty range at the end maps to). */
  readonly originalLength: number;
}

/** A span of the original text, in string indices, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** Hyphens that OCR and typesetters leave at the end of a line when they cut a word. */
const LINE_END_HYPHENS = new Set([HYPHEN, 0x2010, 0x00ac /* ¬ */]);
const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2018, 0x2019, 0x02bc, 0x02bb]);
// Hyphens and dashes are word separators: « Son-hui », « Son hui » and « Son–hui » must fold alike.
const DASHES = new Set([HYPHEN, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d]);
// Invisible characters that only hint at line breaking or joining: a word containing one is the same word.
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
// Letters that NFD does not decompose but a reader takes for their base letter (or letters).
const LETTERS: ReadonlyMap<number, string> = new Map(
  Object.entries({ œ: 'oe', æ: 'ae', ß: 'ss', ẞ: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th', ŋ: 'n', ħ: 'h' }).map(([k, v]) => [k.codePointAt(0)!, v]),
);
const MARK = /\p{M}/gu;
const WHITE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

const foldCache = new Map<number, string>();
/** The folded form of one non-ASCII code point: '' (dropped), ' ' (separator) or a few characters. */
function foldCodePoint(cp: number): string {
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (INVISIBLE.has(cp)) out = '';
  else if (APOSTROPHES.has(cp)) out = "'";
  else if (DASHES.has(cp) || WHITE.test(ch)) out = ' ';
  else {
    const lower = ch.toLowerCase();
    const first = lower.codePointAt(0)!;
    // NFKD also unfolds compatibility forms (ligatures ﬁ, superscripts, full-width letters).
    out = LETTERS.get(first) ?? lower.normalize('NFKD').replace(MARK, '').toLowerCase();
    // A spacing accent (¨) decomposes to a space plus a mark: it separates, it is not a letter.
    if (out.trim() === '' && out !== '') out = ' ';
  }
  foldCache.set(cp, out);
  return out;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** True when the code point starting at (or the surrogate pair around) `index` is a letter or digit. */
export function isWordCharAt(s: string, index: number): boolean {
  if (index < 0 || index >= s.length) return false;
  const c = s.charCodeAt(index);
  if (c < 0x80) return isAsciiWordCode(c);
  let i = index;
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) i--; // the low half of a pair: look at the whole pair
  return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** True when the code point ending just before `index` is a letter or digit. */
export function isWordCharBefore(s: string, index: number): boolean {
  return isWordCharAt(s, index - 1);
}

/**
 * Length of an OCR line-break hyphenation starting at `i` (hyphen, spaces, newline, spaces), or 0.
 * Only inside a word: a letter before and a letter after. When a lower-case letter is followed by
 * a capital on the next line (« Son-\nHui », « Jean-\nPierre ») the hyphen is a real one and stays
 * a separator; in upper-case text (« STEIN-\nHEIL ») the word is joined.
 */
function lineBreakHyphenLength(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === 0x09)) j++;
  if (text.charCodeAt(j) !== 0x0a) return 0;
  j++;
  while (j < text.length && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === 0x09)) j++;
  if (j >= text.length) return 0;
  const next = String.fromCodePoint(text.codePointAt(j)!);
  const prev = letterBefore(text, i);
  if (prev === '' || !LETTER.test(next)) return 0;
  if (LOWER.test(prev) && UPPER.test(next)) return 0;
  return j - i;
}

/** The code point before `index`, stepping back over combining marks (NFD « é » is a letter); '' if none is a letter. */
function letterBefore(text: string, index: number): string {
  let i = index;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const from = low >= 0xdc00 && low <= 0xdfff && i > 1 ? i - 2 : i - 1;
    const ch = String.fromCodePoint(text.codePointAt(from)!);
    if (!IS_MARK.test(ch)) return LETTER.test(ch) ? ch : '';
    i = from;
  }
  return '';
}

/** Growable code-unit and offset buffers: folding allocates once per text, not once per character. */
class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  constructor(
    capacity: number,
    readonly withMap: boolean,
  ) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(withMap ? capacity : 0);
    this.ends = new Int32Array(withMap ? capacity : 0);
  }
  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    this.codes = codes;
    if (this.withMap) {
      const starts = new Int32Array(size);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(size);
      ends.set(this.ends);
      this.ends = ends;
    }
  }
  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    if (this.withMap) {
      this.starts[this.length] = start;
      this.ends[this.length] = end;
    }
    this.length++;
  }
  last(): number {
    return this.length ? this.codes[this.length - 1]! : -1;
  }
  /** Widens the last emitted character (all its code units) to end at `end`. */
  extendLast(end: number): void {
    if (!this.withMap || this.length === 0) return;
    const start = this.starts[this.length - 1]!;
    for (let k = this.length - 1; k >= 0 && this.starts[k] === start; k--) this.ends[k] = end;
  }
  text(): string {
    // apply takes the typed array as it is (a spread would iterate it); chunks keep under argument limits.
    let out = '';
    for (let i = 0; i < this.length; i += 4096) out += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 4096)) as unknown as number[]);
    return out;
  }
}

function fold(text: string, withMap: boolean): FoldedText {
  const b = new Builder(text.length + 16, withMap);
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // ASCII fast path: most of a French text is ASCII.
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) b.push(c + 0x20, i, i + 1);
      else if (c === SPACE || c === HYPHEN || (c >= 0x09 && c <= 0x0d)) {
        const join = c === HYPHEN ? lineBreakHyphenLength(text, i) : 0;
        if (join > 0) {
          i += join; // the cut word is joined; its span runs across the break
          continue;
        }
        if (b.last() === SPACE) b.extendLast(i + 1);
        else b.push(SPACE, i, i + 1);
      } else if (c === 0x60) b.push(APOSTROPHE, i, i + 1);
      else b.push(c, i, i + 1);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (LINE_END_HYPHENS.has(cp) || cp === 0x00ad) {
      const join = lineBreakHyphenLength(text, i);
      if (join > 0) {
        i += join;
        continue;
      }
    }
    const out = foldCodePoint(cp);
    if (out === '') b.extendLast(next); // a combining mark or an invisible: it belongs to the letter before
    else if (out === ' ') {
      if (b.last() === SPACE) b.extendLast(next);
      else b.push(SPACE, i, next);
    } else for (let k = 0; k < out.length; k++) b.push(out.charCodeAt(k), i, next);
    i = next;
  }
  return { folded: b.text(), starts: b.starts.subarray(0, b.length), ends: b.ends.subarray(0, b.length), originalLength: text.length };
}

/** Folds `text`, keeping for every folded code unit the original span it came from. */
export function foldForMatching(text: string): FoldedText {
  return fold(text, true);
}

/** Folds a short query or alias (no map kept), trimmed. */
export function foldTerm(text: string): string {
  return fold(text, false).folded.trim();
}

/** Folds a text without keeping the map: for indexing, where only the words matter. */
export function foldOnly(text: string): string {
  return fold(text, false).folded;
}

/** The original span of folded range [from, to); an empty range maps to the position it stands at. */
export function originalSpan(f: FoldedText, from: number, to: number): Span {
  if (from < 0 || to > f.folded.length || from > to) throw new RangeError(`folded range ${from}..${to} is outside 0..${f.folded.length}`);
  const start = from < f.starts.length ? f.starts[from]! : f.originalLength;
  return { start, end: to > from ? f.ends[to - 1]! : start };
}

/** A folded range [from, to). */
export interface FoldedRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Every occurrence of an already folded `needle` in `f` that starts and ends at word boundaries
 * (a needle that starts or ends with a letter or digit must not continue a longer word there).
 * Mentions and phrase search both go through here.
 */
export function findFolded(f: FoldedText, needle: string): FoldedRange[] {
  const out: FoldedRange[] = [];
  if (needle === '') return out;
  const checkStart = isWordCharAt(needle, 0);
  const checkEnd = isWordCharBefore(needle, needle.length);
  for (let at = f.folded.indexOf(needle); at !== -1; at = f.folded.indexOf(needle, at + 1)) {
    const to = at + needle.length;
    if (checkStart && isWordCharBefore(f.folded, at)) continue;
    if (checkEnd && isWordCharAt(f.folded, to)) continue;
    out.push({ from: at, to });
  }
  return out;
}
