import type { Message } from '../i18n/message';
/** How the bytes of a file were read as text. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export type DecodeResult =
  | {
      ok: true;
      text: string;
      encoding: TextEncodingName;
      /** Invalid UTF-8 sequences replaced by U+FFFD (0 unless a UTF-8 file had a few bad bytes). */
      replaced: number;
    }
  | { ok: false; reason: Message };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const REPLACEMENT = '\uFFFD';

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

/** U+FFFD written in the file itself (EF BF BD): not evidence of a bad byte. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  return n;
}

/** What a lenient UTF-8 reading says about the bytes: good multi-byte characters against bad sequences. */
export interface Utf8Evidence {
  readonly text: string;
  /** Characters above U+007F that decoded correctly (each one a valid multi-byte sequence). */
  readonly validMultiByte: number;
  /** Invalid sequences the decoder replaced with U+FFFD. */
  readonly invalid: number;
}

export function readUtf8Evidence(body: Uint8Array): Utf8Evidence {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(body);
  let nonAscii = 0;
  let replacements = 0;
  for (const ch of text) {
    if (ch === REPLACEMENT) replacements++;
    else if (ch.codePointAt(0)! > 0x7f) nonAscii++;
  }
  const genuine = countEncodedReplacements(body);
  return { text, validMultiByte: nonAscii + genuine, invalid: replacements - genuine };
}

/** The text of well-formed UTF-8, or null at the first invalid sequence. */
function decodeStrictUtf8(body: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return null;
  }
}

/**
 * A file is read as UTF-8 with a few replaced bytes when good UTF-8 characters outnumber the bad
 * sequences at least 4 to 1: one damaged byte in an article of 150 accents is a damaged UTF-8
 * file, not a Windows-1252 one. A Windows-1252 file has the opposite profile: every accent is a
 * lone high byte (invalid), and valid multi-byte pairs only occur by accident (“Ã©”).
 */
export const MIN_VALID_PER_INVALID = 4;

export function isMostlyUtf8(evidence: Utf8Evidence): boolean {
  return evidence.invalid === 0 || evidence.validMultiByte >= MIN_VALID_PER_INVALID * evidence.invalid;
}

/**
 * Decodes the bytes of a would-be text source, deciding the encoding per file from evidence:
 * valid UTF-8 (with or without BOM) as is; UTF-8 with a few invalid bytes as UTF-8 with those
 * bytes replaced (and counted, so the report can say so); anything else as Windows-1252, the usual
 * encoding of older French text files. A NUL byte means a binary file: text files never contain one.
 */
export function decodeSourceBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: { key: 'fileReasons.empty' } };
  if (bytes.includes(0)) return { ok: false, reason: { key: 'fileReasons.binary' } };
  const bom = hasUtf8Bom(bytes);
  const body = bom ? bytes.subarray(3) : bytes;
  // Most files are clean UTF-8: a strict decode says so natively, without weighing evidence per character.
  const clean = decodeStrictUtf8(body);
  if (clean !== null) return { ok: true, text: clean, encoding: bom ? 'utf-8-bom' : 'utf-8', replaced: 0 };
  const evidence = readUtf8Evidence(body);
  // A BOM is itself evidence of UTF-8: such a file is never read as Windows-1252.
  if (bom || isMostlyUtf8(evidence)) return { ok: true, text: evidence.text, encoding: bom ? 'utf-8-bom' : 'utf-8', replaced: evidence.invalid };
  // Every byte sequence is valid Windows-1252, so this cannot fail.
  return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252', replaced: 0 };
}

/**
 * The encoding as the import report and the source details say it, as a catalog message
 * (`encodings.*`): translated by the renderer, so French users read it in French.
 */
export function encodingMessage(encoding: TextEncodingName, replaced = 0): Message {
  const name = encoding === 'utf-8-bom' ? 'utf8Bom' : encoding === 'utf-8' ? 'utf8' : 'windows1252';
  return replaced === 0 ? { key: `encodings.${name}` } : { key: `encodings.${name}Replaced`, values: { count: replaced } };
}

/** The encoding in English (logs, tests); the interface says `encodingMessage` in its language. */
export function describeEncoding(encoding: TextEncodingName, replaced = 0): string {
  const name = encoding === 'utf-8-bom' ? 'UTF-8 (with BOM)' : encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
  if (replaced === 0) return name;
  return `${name}, ${replaced} invalid byte sequence${replaced === 1 ? '' : 's'} replaced by �`;
}
