import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSourceBytes } from '@common/text/decode';
import { nonTextShare, refuseNonText } from '@common/text/refuseNonText';
import { STEINHEIL_DIR, seedFiles, steinheilFiles } from '../../support/paths';
import { sayMessage } from '../support/sayMessage';

/** Deterministic pseudo-random bytes 1–255 (no NUL), so the test reads the same every run. */
function noise(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = 1 + ((x >>> 16) % 255);
  }
  return out;
}

describe('nonTextShare', () => {
  const rows = [
    { name: 'French prose has none', input: 'L’armée « à Séoul »\n\tdit-il.\r\n\f', expected: 0 },
    { name: 'a bell in ten characters is a tenth', input: 'abcdefghi\u0007', expected: 0.1 },
    { name: 'an unassigned code point counts', input: 'a\u0378', expected: 0.5 },
    { name: 'a private-use character counts', input: 'a\uE000', expected: 0.5 },
    { name: 'a C1 control counts', input: 'a\u0085b\u0090', expected: 0.5 },
    { name: 'astral letters are text', input: '𝄞😀', expected: 0 },
    { name: 'Greek and Cyrillic letters are text', input: 'αβγ Жж', expected: 0 },
    { name: 'an unassigned code point among the punctuation counts', input: 'a\u2065', expected: 0.5 },
    { name: 'a lone surrogate counts', input: 'a\uD800', expected: 0.5 },
    { name: 'a surrogate pair is one character', input: '😀\u0007', expected: 0.5 },
  ];
  for (const row of rows) it(row.name, () => expect(nonTextShare(row.input)).toBeCloseTo(row.expected, 10));
});

describe('refuseNonText', () => {
  it('refuses 4 KB of random bytes without NUL as decoded by the importer', () => {
    const decoded = decodeSourceBytes(noise(4096));
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && sayMessage(refuseNonText(decoded.text))).toMatch(/^the file is not text \(\d+ % of its characters are control or unassigned characters\)$/);
  });

  it('accepts text with one stray control character', () => {
    expect(refuseNonText(`${'Une phrase ordinaire. '.repeat(5)}\u0007`)).toBeNull();
  });

  it('accepts every seed', () => {
    for (const path of seedFiles()) {
      const decoded = decodeSourceBytes(readFileSync(path));
      expect(decoded.ok && refuseNonText(decoded.text), path).toBeNull();
    }
  });

  it('accepts every Steinheil OCR text', (ctx) => {
    if (!existsSync(STEINHEIL_DIR)) ctx.skip(`the Steinheil corpus is absent (${STEINHEIL_DIR})`);
    for (const path of steinheilFiles()) {
      const decoded = decodeSourceBytes(readFileSync(path));
      expect(decoded.ok && refuseNonText(decoded.text), path).toBeNull();
    }
  });
});
