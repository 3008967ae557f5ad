/**
 * Two kinds of offsets into the same text, kept apart by the type system:
 * - `StrIndex`: a JavaScript string index (UTF-16 code units), used inside the app;
 * - `CodePointOffset`: a count of Unicode code points, used in everything that leaves the app
 *   (exports, W3C annotations), as the Web Annotation model requires.
 * An astral character (emoji, some CJK) is 2 string indices but 1 code point, so mixing them
 * silently shifts every later offset.
 */
declare const strIndexBrand: unique symbol;
declare const codePointBrand: unique symbol;
export type StrIndex = number & { readonly [strIndexBrand]: true };
export type CodePointOffset = number & { readonly [codePointBrand]: true };

export const asStrIndex = (n: number): StrIndex => n as StrIndex;
export const asCodePointOffset = (n: number): CodePointOffset => n as CodePointOffset;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Code points before string index `index` (an index inside a surrogate pair counts the pair as started). */
export function toCodePointOffset(text: string, index: StrIndex): CodePointOffset {
  if (index < 0 || index > text.length) throw new RangeError(`string index ${index} is outside 0..${text.length}`);
  let count = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
    count++;
  }
  return count as CodePointOffset;
}

/** String index of the `offset`-th code point; `offset` may equal the number of code points. */
export function toStrIndex(text: string, offset: CodePointOffset): StrIndex {
  if (offset < 0) throw new RangeError(`code point offset ${offset} is negative`);
  let index = 0;
  for (let seen = 0; seen < offset; seen++) {
    if (index >= text.length) throw new RangeError(`code point offset ${offset} is past the end of the text`);
    const code = text.charCodeAt(index);
    index += isHighSurrogate(code) && index + 1 < text.length && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index as StrIndex;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1));
}
