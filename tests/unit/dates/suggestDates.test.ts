import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suggestDates } from '@common/dates/suggestDates';
import { formatEventDate } from '@common/dates/eventDate';
import { parsePartialDate } from '@common/dates/partialDate';
import { normalizeSourceText } from '@common/text/normalize';
import { HAS_STEINHEIL, seedFiles, steinheilFiles } from '../../support/paths';

const day = (iso: string) => parsePartialDate(iso);
const read = (path: string) => normalizeSourceText(readFileSync(path, 'utf8'));
const [s000, s001, s002, s003, s004] = seedFiles().map(read) as [string, string, string, string, string];
// Empty where ../shared is absent: the rows quoting them are then skipped, not failed.
const [figaroJune = '', figaroNov = '', humaniteJune = '', humaniteNov = ''] = steinheilFiles().map(read);

/** The text around the first occurrence of `words` (OCR text breaks lines anywhere, so not just its line). */
const line = (text: string, words: string) => {
  const at = text.replace(/\s+/g, ' ').indexOf(words);
  const flat = text.replace(/\s+/g, ' ');
  return at < 0 ? '' : flat.slice(Math.max(0, at - 80), at + words.length + 80);
};

interface Row {
  name: string;
  passage: string;
  source: string | null;
  expression: string;
  expected: string[] | null;
  conflict?: boolean;
}

const rows: Row[] = [
  // 000, dated Saturday 2 November 2024
  { name: '« samedi (2/11) » agrees with itself', passage: line(s000, 'samedi (2/11)'), source: '2024-11-02', expression: 'samedi (2/11)', expected: ['2024-11-02'] },
  { name: '« vendredi » is the day before a Saturday article', passage: line(s000, 'tenu à Moscou vendredi'), source: '2024-11-02', expression: 'vendredi', expected: ['2024-11-01'] },
  { name: '« lundi (28/10) » is 28 October 2024', passage: line(s000, 'lundi (28/10)'), source: '2024-11-02', expression: 'lundi (28/10)', expected: ['2024-10-28'] },
  { name: '« jeudi (31/8) » is a conflict: 31 August 2024 was a Saturday; Thursday 31 October is offered', passage: line(s000, 'jeudi (31/8)'), source: '2024-11-02', expression: 'jeudi (31/8)', expected: ['2024-08-31', '2024-10-31'], conflict: true },
  { name: '« en juin dernier » is the past June', passage: line(s000, 'en juin dernier'), source: '2024-11-02', expression: 'en juin dernier', expected: ['2024-06'] },
  // 001, dated Thursday 19 October 2023
  { name: '« jeudi » in a Thursday article is that day', passage: 'Lavrov est arrivé jeudi à Pyongyang.', source: '2023-10-19', expression: 'jeudi', expected: ['2023-10-19'] },
  { name: '« mercredi » is the day before', passage: line(s001, 'mercredi'), source: '2023-10-19', expression: 'mercredi', expected: ['2023-10-18'] },
  // 002, dated 22 September 2023
  { name: '« Le 22 septembre » takes the article’s year', passage: line(s002, 'Le 22 septembre'), source: '2023-09-22', expression: 'Le 22 septembre', expected: ['2023-09-22'] },
  { name: '« la semaine dernière » is the previous week, approximate', passage: line(s002, 'la semaine dernière'), source: '2023-09-22', expression: 'la semaine dernière', expected: ['2023-09-11/2023-09-17'] },
  { name: '« en octobre » is the coming October', passage: line(s002, 'en octobre'), source: '2023-09-22', expression: 'en octobre', expected: ['2023-10'] },
  // 003, dated Friday 1 November 2024
  { name: '« vendredi » in a Friday article is that day', passage: line(s003, 'rencontre vendredi'), source: '2024-11-01', expression: 'vendredi', expected: ['2024-11-01'] },
  { name: '« jeudi » is the day before a Friday article', passage: line(s003, 'a indiqué jeudi'), source: '2024-11-01', expression: 'jeudi', expected: ['2024-10-31'] },
  { name: '« le 6 novembre » is a coming day', passage: line(s003, 'le 6 novembre'), source: '2024-11-01', expression: 'le 6 novembre', expected: ['2024-11-06'] },
  // 004, dated November 2024 (month only)
  { name: '« vendredi » cannot be placed in an article dated only to the month', passage: line(s004, 'S’exprimant vendredi'), source: '2024-11', expression: 'vendredi', expected: null },
  { name: '« en juin » works with a month-precise article', passage: line(s004, 'en juin'), source: '2024-11', expression: 'en juin', expected: ['2024-06'] },
  // Steinheil, 1908
  { name: '« dans la nuit de samedi à dimanche » spans two days', passage: line(figaroJune, 'nuit de samedi à dimanche'), source: '1908-06-01', expression: 'dans la nuit de samedi à dimanche', expected: ['1908-05-30/1908-05-31'] },
  { name: 'an expression broken across an OCR line is still read', passage: 'commis à Paris dans la\nnuit de samedi à dimanche.', source: '1908-06-01', expression: 'dans la\nnuit de samedi à dimanche', expected: ['1908-05-30/1908-05-31'] },
  { name: '« hier matin » is the day before', passage: line(figaroJune, 'hier matin'), source: '1908-06-01', expression: 'hier matin', expected: ['1908-05-31'] },
  { name: '« Hier matin » with a capital is the day before', passage: line(humaniteNov, 'Hier matin'), source: '1908-11-27', expression: 'Hier matin', expected: ['1908-11-26'] },
  { name: '« Mercredi » in a Friday paper is two days before', passage: line(figaroNov, 'Mercredi'), source: '1908-11-27', expression: 'Mercredi', expected: ['1908-11-25'] },
  { name: '« samedi » in a Monday paper is two days before', passage: line(humaniteJune, 'samedi'), source: '1908-06-01', expression: 'samedi', expected: ['1908-05-30'] },
  { name: '« le 31 mai » in a November paper is that May', passage: line(figaroNov, 'le 31 mai'), source: '1908-11-27', expression: 'le 31 mai', expected: ['1908-05-31'] },
  // Written-out forms
  { name: '« 1er novembre 2024 » is read in full', passage: 'La réunion du 1er novembre 2024 à Moscou.', source: null, expression: '1er novembre 2024', expected: ['2024-11-01'] },
  { name: '« aujourd’hui » is the article’s day', passage: 'Le ministre est attendu aujourd’hui.', source: '2024-11-02', expression: 'aujourd’hui', expected: ['2024-11-02'] },
  { name: '« avant-hier » is two days before', passage: 'Il est arrivé avant-hier.', source: '2024-11-02', expression: 'avant-hier', expected: ['2024-10-31'] },
  { name: '« le mois dernier » is the previous month', passage: 'Le traité signé le mois dernier.', source: '2024-01-15', expression: 'le mois dernier', expected: ['2023-12'] },
  { name: '« l’an dernier » is the previous year', passage: 'Comme l’an dernier.', source: '2024-01-15', expression: 'l’an dernier', expected: ['2023'] },
  { name: '« en 2023 » is that year', passage: 'Le sommet tenu en 2023.', source: '2024-11-02', expression: 'en 2023', expected: ['2023'] },
];

describe('suggestDates', () => {
  for (const row of rows) {
    (row.passage === '' && !HAS_STEINHEIL ? it.skip : it)(row.name, () => {
      expect(row.passage).toContain(row.expression);
      const found = suggestDates(row.passage, row.source ? day(row.source) : null).filter((s) => s.expression === row.expression);
      expect(found.length).toBeGreaterThan(0);
      if (row.expected === null) {
        expect(found.every((s) => s.date === null)).toBe(true);
        expect(found[0]!.rationale).toMatch(/day/);
      } else {
        expect(found.map((s) => (s.date ? formatEventDate(s.date) : null))).toEqual(row.expected);
      }
      for (const s of found) {
        expect(row.passage.slice(s.start, s.end)).toBe(s.expression);
        expect(s.rationale.length).toBeGreaterThan(10);
        expect(Boolean(s.conflict)).toBe(row.conflict === true);
      }
    });
  }

  it('says what the 31/8 conflict is', () => {
    const [first] = suggestDates('jeudi (31/8)', day('2024-11-02'));
    expect(first?.conflict).toContain('is a samedi, not a jeudi');
  });

  it('marks « la semaine dernière » approximate', () => {
    const [s] = suggestDates('la semaine dernière', day('2023-09-22'));
    expect(s?.date?.approximate).toBe(true);
  });

  it('finds nothing in text without dates', () => {
    expect(suggestDates('La Corée du Nord et la Russie.', day('2024-11-02'))).toEqual([]);
  });
});
