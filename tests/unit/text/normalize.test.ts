import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeSourceText } from '@common/text/normalize';
import { steinheilFiles } from '../../support/paths';
import { itWithSteinheil, steinheilRows } from '../../support/sharedCorpus';

describe('normalizeSourceText', () => {
  const rows = [
    { name: 'CRLF becomes LF', input: 'a\r\nb\r\n', expected: 'a\nb\n' },
    { name: 'a lone CR becomes LF', input: 'a\rb', expected: 'a\nb' },
    { name: 'CR CR LF is two line breaks', input: 'a\r\r\nb', expected: 'a\n\nb' },
    { name: 'NFD accents are composed (NFC)', input: 'Core\u0301e', expected: 'Corée' },
    { name: 'white space is never trimmed or collapsed', input: '  a  \n\n\n\n b \t', expected: '  a  \n\n\n\n b \t' },
    { name: 'no-break spaces and curly quotes are kept', input: '«\u00a0oui\u202f» l’a', expected: '«\u00a0oui\u202f» l’a' },
    { name: 'astral characters are kept', input: '😀\r\n𝄞', expected: '😀\n𝄞' },
  ];
  for (const row of rows) it(row.name, () => expect(normalizeSourceText(row.input)).toBe(row.expected));

  itWithSteinheil.each(steinheilRows())('keeps the OCR text of %s otherwise untouched', (path) => {
    const raw = readFileSync(path, 'utf8');
    const normalized = normalizeSourceText(raw);
    expect(normalized).not.toMatch(/\r/);
    expect(normalized).toBe(normalized.normalize('NFC'));
    // Only line endings may change length: trailing spaces and "[page break]" markers stay.
    expect(normalized.length).toBe(raw.normalize('NFC').replace(/\r\n/g, '\n').length);
    const trailingSpaces = (t: string) => t.split('\n').filter((line) => line.endsWith(' ')).length;
    expect(trailingSpaces(normalized)).toBe(trailingSpaces(raw));
  });

  itWithSteinheil.each(steinheilRows())('reads %s the same whether saved with LF or CRLF', (path) => {
    const raw = readFileSync(path, 'utf8');
    expect(normalizeSourceText(raw.replace(/\n/g, '\r\n'))).toBe(normalizeSourceText(raw));
  });
});
