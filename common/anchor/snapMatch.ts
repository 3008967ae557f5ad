import { splitsSurrogatePair } from '../text/codePoints';

const WORD = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;
const COMBINING = /\p{M}/u;

function charAt(text: string, index: number): string {
  if (index < 0 || index >= text.length) return '';
  const cp = text.codePointAt(index)!;
  return String.fromCodePoint(cp);
}
/** The character that ends just before `index` (a whole surrogate pair when there is one). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '';
  return splitsSurrogatePair(text, index - 1) ? text.slice(index - 2, index) : text[index - 1]!;
}
const isWord = (ch: string) => ch !== '' && WORD.test(ch);
const isSpace = (ch: string) => ch !== '' && SPACE.test(ch);

/** What the quote's own edges are: does it begin or end a word, does it begin or end with white space? */
export interface QuoteEdges {
  readonly startsWord: boolean;
  readonly endsWord: boolean;
  readonly leadingSpace: boolean;
  readonly trailingSpace: boolean;
}

/**
 * A quote begins a word when its first character is a letter or digit and its prefix (if known)
 * does not end in one; an unknown prefix counts as a word edge, as people quote whole words.
 */
export function quoteEdges(exact: string, prefix: string, suffix: string): QuoteEdges {
  const first = charAt(exact, 0);
  const last = charBefore(exact, exact.length);
  return {
    startsWord: isWord(first) && !isWord(charBefore(prefix, prefix.length)),
    endsWord: isWord(last) && !isWord(charAt(suffix, 0)),
    leadingSpace: isSpace(first),
    trailingSpace: isSpace(last),
  };
}

function wordStartAtOrBefore(text: string, i: number): number {
  while (i > 0 && isWord(charBefore(text, i))) i -= charBefore(text, i).length;
  return i;
}
function wordEndAtOrAfter(text: string, i: number): number {
  while (i < text.length && isWord(charAt(text, i))) i += charAt(text, i).length;
  return i;
}
/** The start of the next word after the one `i` is in (spaces and punctuation skipped). */
function nextWordStart(text: string, i: number): number {
  i = wordEndAtOrAfter(text, i);
  while (i < text.length && !isWord(charAt(text, i))) i += charAt(text, i).length;
  return i;
}
/** The end of the word before the one `i` is in (spaces and punctuation skipped). */
function previousWordEnd(text: string, i: number): number {
  i = wordStartAtOrBefore(text, i);
  while (i > 0 && !isWord(charBefore(text, i))) i -= charBefore(text, i).length;
  return i;
}

/**
 * The spans an approximate match [start, end) may become so that it is made of whole characters
 * and words, as its quote is: ends never inside a surrogate pair or before a combining mark, no white
 * space at an edge where the quote has none, and an edge inside a word moved out to the word's
 * boundary (both ways, to be scored) when the quote's edge is a word's edge.
 */
export function wholeSpans(text: string, start: number, end: number, edges: QuoteEdges): Array<{ start: number; end: number }> {
  let s = start;
  let e = end;
  if (splitsSurrogatePair(text, s)) s -= 1;
  if (splitsSurrogatePair(text, e)) e += 1;
  while (s > 0 && COMBINING.test(charAt(text, s))) s -= 1;
  while (e < text.length && COMBINING.test(charAt(text, e))) e += 1;
  if (!edges.leadingSpace) while (s < e && isSpace(charAt(text, s))) s += 1;
  if (!edges.trailingSpace) while (e > s && isSpace(charBefore(text, e))) e -= 1;

  const insideWord = (i: number) => isWord(charBefore(text, i)) && isWord(charAt(text, i));
  const starts = edges.startsWord && insideWord(s) ? [wordStartAtOrBefore(text, s), nextWordStart(text, s)] : [s];
  const ends = edges.endsWord && insideWord(e) ? [wordEndAtOrAfter(text, e), previousWordEnd(text, e)] : [e];
  const spans: Array<{ start: number; end: number }> = [];
  for (const a of starts) for (const b of ends) if (b > a) spans.push({ start: a, end: b });
  return spans;
}
