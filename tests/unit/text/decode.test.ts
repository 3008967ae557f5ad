import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSourceBytes } from '@common/text/decode';
import { steinheilFiles, seedFiles } from '../../support/paths';
import { sayMessage } from '../support/sayMessage';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSourceBytes', () => {
  const rows: Array<{ name: string; input: Uint8Array; expected: { ok: true; text: string; encoding: string; replaced: number } | { ok: false; reason: string } }> = [
    { name: 'plain UTF-8 is read as UTF-8', input: utf8('Corée « du Nord »'), expected: { ok: true, text: 'Corée « du Nord »', encoding: 'utf-8', replaced: 0 } },
    { name: 'a UTF-8 BOM is dropped and remembered', input: bytes(0xef, 0xbb, 0xbf, ...utf8('Élan')), expected: { ok: true, text: 'Élan', encoding: 'utf-8-bom', replaced: 0 } },
    { name: 'astral characters survive', input: utf8('a 😀 b 𝄞'), expected: { ok: true, text: 'a 😀 b 𝄞', encoding: 'utf-8', replaced: 0 } },
    {
      name: 'invalid UTF-8 falls back to Windows-1252 with French punctuation intact',
      input: bytes(0x4c, 0x92, 0x61, 0x72, 0x6d, 0xe9, 0x65, 0x20, 0xab, 0xa0, 0xe0, 0xa0, 0xbb, 0x20, 0x80, 0x85, 0x9c),
      expected: { ok: true, text: 'L’armée «\u00a0à\u00a0» €…œ', encoding: 'windows-1252', replaced: 0 },
    },
    {
      name: 'one invalid byte in UTF-8 text full of accents is replaced and counted, the accents kept',
      input: bytes(...utf8('Armée, déjà, été'), 0xff, ...utf8(' à Séoul')),
      expected: { ok: true, text: 'Armée, déjà, été\uFFFD à Séoul', encoding: 'utf-8', replaced: 1 },
    },
    {
      name: 'a U+FFFD written in the file is text, not a replaced byte',
      input: utf8('a \uFFFD b'),
      expected: { ok: true, text: 'a \uFFFD b', encoding: 'utf-8', replaced: 0 },
    },
    {
      name: 'a single Windows-1252 accent in ASCII text is Windows-1252 (no UTF-8 evidence)',
      input: bytes(...utf8('Caf'), 0xe9),
      expected: { ok: true, text: 'Café', encoding: 'windows-1252', replaced: 0 },
    },
    {
      name: 'Windows-1252 text with an accidental valid UTF-8 pair is still Windows-1252',
      // « Ã© » (C3 A9) is valid UTF-8 for é, but the three lone accents outnumber it.
      input: bytes(0xc3, 0xa9, 0x20, 0xe9, 0x20, 0xe8, 0x20, 0xe0),
      expected: { ok: true, text: 'Ã© é è à', encoding: 'windows-1252', replaced: 0 },
    },
    {
      name: 'a BOM means UTF-8 even with a bad byte after it',
      input: bytes(0xef, 0xbb, 0xbf, ...utf8('Élan'), 0xe9),
      expected: { ok: true, text: 'Élan\uFFFD', encoding: 'utf-8-bom', replaced: 1 },
    },
    { name: 'an empty file is refused', input: bytes(), expected: { ok: false, reason: 'the file is empty' } },
    { name: 'a NUL byte marks a binary file', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a), expected: { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' } },
    { name: 'UTF-16 text (full of NULs) is refused as binary rather than garbled', input: bytes(0xff, 0xfe, 0x41, 0x00), expected: { ok: false, reason: 'the file is binary (it contains NUL bytes), not text' } },
  ];
  // A refusal is a message for the interface: compared as the English interface says it.
  const shown = (result: ReturnType<typeof decodeSourceBytes>) => (result.ok ? result : { ok: false, reason: sayMessage(result.reason) });
  for (const row of rows) it(row.name, () => expect(shown(decodeSourceBytes(row.input))).toEqual(row.expected));

  it('keeps all 150 accents of a UTF-8 article with one invalid byte', () => {
    const article = 'Le café de l’armée. '.repeat(75); // 2 accents (é) a sentence: 150 in all
    const input = Uint8Array.from([...utf8(article.slice(0, 600)), 0x92, ...utf8(article.slice(600))]);
    const result = decodeSourceBytes(input);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', replaced: 1 });
    expect(result.ok && [...result.text].filter((c) => c === 'é')).toHaveLength(150);
  });

  it.each([...seedFiles(), ...steinheilFiles()])('reads %s as UTF-8', (path) => {
    const result = decodeSourceBytes(readFileSync(path));
    expect(result.ok && result.encoding).toBe('utf-8');
  });
});
