import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSourceBytes } from '@common/text/decode';
import { steinheilFiles, seedFiles } from '../../support/paths';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSourceBytes', () => {
  const rows: Array<{ name: string; input: Uint8Array; expected: ReturnType<typeof decodeSourceBytes> }> = [
    { name: 'plain UTF-8 is read as UTF-8', input: utf8('Corée « du Nord »'), expected: { ok: true, text: 'Corée « du Nord »', encoding: 'utf-8' } },
    { name: 'a UTF-8 BOM is dropped and remembered', input: bytes(0xef, 0xbb, 0xbf, ...utf8('Élan')), expected: { ok: true, text: 'Élan', encoding: 'utf-8-bom' } },
    { name: 'astral characters survive', input: utf8('a 😀 b 𝄞'), expected: { ok: true, text: 'a 😀 b 𝄞', encoding: 'utf-8' } },
    {
      name: 'invalid UTF-8 falls back to Windows-1252 with French punctuation intact',
      input: bytes(0x4c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65, 0x20, 0xab, 0xa0, 0xe0, 0xa0, 0xbb, 0x20, 0x80, 0x85, 0x9c),
      expected: { ok: true, text: 'L’armée «\u00a0à\u00a0» €…œ', encoding: 'windows-1252' },
    },
    { name: 'an empty file is refused', input: bytes(), expected: { ok: false, reason: 'the file is empty' } },
    { name: 'a NUL byte marks a binary file', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a), expected: { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' } },
    { name: 'UTF-16 text (full of NULs) is refused as binary rather than garbled', input: bytes(0xff, 0xfe, 0x41, 0x00), expected: { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' } },
  ];
  for (const row of rows) it(row.name, () => expect(decodeSourceBytes(row.input)).toEqual(row.expected));

  it.each([...seedFiles(), ...steinheilFiles()])('reads %s as UTF-8', (path) => {
    const result = decodeSourceBytes(readFileSync(path));
    expect(result.ok && result.encoding).toBe('utf-8');
  });
});
