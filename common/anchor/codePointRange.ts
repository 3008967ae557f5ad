import { asCodePointOffset, asStrIndex, toCodePointOffset, toStrIndex, type CodePointOffset, type StrIndex } from '../text/codePoints';

/** A passage's string-index range as code points, for everything that leaves the app. */
export function toCodePointRange(text: string, start: number, end: number): { start: CodePointOffset; end: CodePointOffset } {
  return { start: toCodePointOffset(text, asStrIndex(start)), end: toCodePointOffset(text, asStrIndex(end)) };
}

/** A code-point range (from an export or an annotation) as string indices into `text`. */
export function fromCodePointRange(text: string, start: number, end: number): { start: StrIndex; end: StrIndex } {
  return { start: toStrIndex(text, asCodePointOffset(start)), end: toStrIndex(text, asCodePointOffset(end)) };
}
