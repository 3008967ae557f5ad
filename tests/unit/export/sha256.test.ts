import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@common/export/sha256';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { loadSource, nodeSha256 } from './fixtures';

describe('sha256Hex', () => {
  const rows = [
    { name: 'hashes the empty text', input: '', expected: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    { name: 'hashes "abc" as FIPS 180-4 says', input: 'abc', expected: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
  ];
  for (const r of rows) it(r.name, () => expect(sha256Hex(r.input)).toBe(r.expected));

  // Lengths around the padding boundaries (55, 56, 63, 64 bytes) and texts that are not ASCII.
  it.each([55, 56, 63, 64, 65, 119, 120, 1000])('agrees with node:crypto on %i bytes', (n) => {
    expect(sha256Hex('a'.repeat(n))).toBe(nodeSha256('a'.repeat(n)));
  });

  it('hashes the UTF-8 bytes of accents, typography and astral characters', () => {
    const text = 'Corée « l’essentiel » — 😀 𝄞 \u00a0\u202f';
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it.each([...seedFiles(), ...steinheilFiles()])('gives %s the hash the import gives it', (path) => {
    const source = loadSource(path);
    expect(sha256Hex(source.text)).toBe(source.hash);
  });
});
