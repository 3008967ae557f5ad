import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveHeading } from '@common/source/deriveTitle';
import { guessLanguage } from '@common/source/guessLanguage';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';

describe('deriveHeading', () => {
  const rows = [
    { name: 'takes the first non-empty line, trimmed', text: '\n\n   Titre de l’article  \nCorps', expected: { title: 'Titre de l’article', date: null } },
    { name: 'reads a leading day date marker and leaves it out of the title', text: 'date 2024-11-01 Rencontre à Moscou\n', expected: { title: 'Rencontre à Moscou', date: { iso: '2024-11-01', precision: 'day' } } },
    { name: 'reads a month date marker after leading spaces', text: ' date 2024-11 Les pays ont signé\n', expected: { title: 'Les pays ont signé', date: { iso: '2024-11', precision: 'month' } } },
    { name: 'ignores an impossible date marker', text: 'date 2024-13 Titre', expected: { title: 'date 2024-13 Titre', date: null } },
    { name: 'does not take "date" inside a sentence for a marker', text: 'La date 2024-11 est retenue', expected: { title: 'La date 2024-11 est retenue', date: null } },
    { name: 'cuts after 120 characters', text: `${'a'.repeat(130)}\n`, expected: { title: `${'a'.repeat(120)}…`, date: null } },
    { name: 'never cuts an emoji in half', text: `${'a'.repeat(119)}😀😀\n`, expected: { title: `${'a'.repeat(119)}😀…`, date: null } },
    { name: 'falls back to the file name for a text of blank lines', text: '\n \n', expected: { title: 'notes', date: null } },
  ];
  for (const row of rows) it(row.name, () => expect(deriveHeading(row.text, 'notes.txt')).toEqual(row.expected));

  it('titles the five seeds from their first lines, with the one date marker', () => {
    const headings = seedFiles().map((p) => deriveHeading(normalizeSourceText(readFileSync(p, 'utf8')), basename(p)));
    expect(headings.map((h) => h.title.slice(0, 30))).toEqual([
      'JAKARTA - La Corée du Nord et ',
      'Les relations entre la Russie ',
      'Le 22 septembre, le ministère ',
      'l’essentiel',
      'Les pays ont signé en juin un ',
    ]);
    expect(headings.map((h) => h.date)).toEqual([null, null, null, null, { iso: '2024-11', precision: 'month' }]);
  });
});

describe('guessLanguage', () => {
  const rows = [
    { name: 'French news text is French', text: 'La Corée du Nord et la Russie ont signé un traité dans le cadre de leur coopération.', expected: 'fr' },
    { name: 'English news text is English', text: 'The foreign minister said that the troops were sent to the front by the government.', expected: 'en' },
    { name: 'a list of names is undetermined', text: 'Choe Son-hui Lavrov Pyongyang Moscou', expected: 'und' },
    { name: 'an empty text is undetermined', text: '', expected: 'und' },
  ];
  for (const row of rows) it(row.name, () => expect(guessLanguage(row.text)).toBe(row.expected));

  it.each([...seedFiles(), ...steinheilFiles()])('finds French in %s', (path) => {
    expect(guessLanguage(readFileSync(path, 'utf8'))).toBe('fr');
  });
});
