/** How the bytes of a file were read as text. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Windows-1252 bytes 0x80–0x9F (the rest is Latin-1). Written out because Node's TextDecoder
 * decodes the 'windows-1252' label as plain Latin-1 in these versions (0x92 comes out as U+0092,
 * not ’), which would corrupt exactly the French punctuation this fallback exists for.
 * Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point, as browsers do.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * Decodes the bytes of a would-be text source.
 * UTF-8 (with or without BOM) first; bytes that are not valid UTF-8 are read as Windows-1252,
 * the usual encoding of older French text files. A NUL byte means a binary file: text files never
 * contain one, and decoding it would store garbage.
 */
export function decodeSourceBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.includes(0)) return { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' };
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not valid UTF-8: every byte sequence is valid Windows-1252, so this cannot fail.
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
