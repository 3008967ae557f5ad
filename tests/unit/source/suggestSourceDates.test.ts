import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDateline, suggestSourceDates } from '@common/source/suggestSourceDates';
import { STEINHEIL_DIR } from '../../support/paths';

const ROOT = join(__dirname, '../../..');
const brief = (text: string, fileName = 'article.txt') => suggestSourceDates({ text, fileName }).map((s) => [s.basis, s.date.iso, s.date.precision]);

describe('suggestSourceDates', () => {
  it.each([
    ['a French dateline gives the day', 'Pyongyang, 13 septembre 2023 – Le dirigeant nord-coréen a reçu…', 'a.txt', [['dateline', '2023-09-13', 'day']]],
    ['a dateline with « le » and « 1er »', 'MOSCOU, le 1er novembre 2024 - Les ministres…', 'a.txt', [['dateline', '2024-11-01', 'day']]],
    ['a shouted dateline alone gives no date', 'JAKARTA - La Corée du Nord et la Russie…', 'a.txt', []],
    ['a date written in the first lines', 'Titre\n\nPublié le 2 novembre 2024 à 10 h\n\nTexte…', 'a.txt', [['first-lines', '2024-11-02', 'day']]],
    ['an English date in the first lines', 'Headline\nJune 1, 1908\nText', 'a.txt', [['first-lines', '1908-06-01', 'day']]],
    ['a numeric date in the first lines (day first)', 'Titre\n02/11/2024\nTexte', 'a.txt', [['first-lines', '2024-11-02', 'day']]],
    ['a month and year only', 'Titre\nÉdition de novembre 2024\nTexte', 'a.txt', [['first-lines', '2024-11', 'month']]],
    ['an impossible day is not a date', 'Titre\nle 31 février 2024\nTexte', 'a.txt', []],
    ['a date far down the text is not the source’s', 'Titre\n1\n2\n3\n4\n5\n6\nle 3 mars 2020', 'a.txt', []],
    ['the date marker on the first line', ' date 2024-11 Les pays ont signé…', 'a.txt', [['marker', '2024-11', 'month']]],
    ['an ISO date in the file name', 'Texte', 'ouest-france_2024-11-02.txt', [['file-name', '2024-11-02', 'day']]],
    ['an English month name in the file name', 'Texte', 'figaro_june_1_1908_clean.txt', [['file-name', '1908-06-01', 'day']]],
    ['a French month name in the file name', 'Texte', 'humanite_novembre_27_1908_clean.txt', [['file-name', '1908-11-27', 'day']]],
    ['a year and month in the file name', 'Texte', 'rapport_2024_11.txt', [['file-name', '2024-11', 'month']]],
    ['a hash in the file name is no date', 'Texte', '000_7bbe899204955759.txt', []],
    ['the same date from the text and the file name is offered from both', 'Paris, 2 novembre 2024 - Texte', 'of_2024-11-02.txt', [['dateline', '2024-11-02', 'day'], ['file-name', '2024-11-02', 'day']]],
  ])('%s', (_name, text, fileName, expected) => {
    expect(brief(text, fileName)).toEqual(expected);
  });

  it('says what each suggestion rests on', () => {
    const [s] = suggestSourceDates({ text: 'Pyongyang, 13 septembre 2023 – Texte', fileName: 'a.txt' });
    expect(s?.expression).toBe('Pyongyang, 13 septembre 2023');
    expect(s?.rationale).toContain('Dateline');
  });
});

describe('findDateline', () => {
  it.each([
    ['JAKARTA - La Corée du Nord…', { place: 'JAKARTA', date: null }],
    ['PARIS (AFP) - Le gouvernement…', { place: 'PARIS', date: null }],
    ['Pyongyang, 13 septembre 2023 – Texte', { place: 'Pyongyang', date: { iso: '2023-09-13', precision: 'day' } }],
    ['La Corée du Nord sera aux côtés de la Russie', null],
  ])('%s', (text, expected) => {
    const found = findDateline(text);
    expect(found === null ? null : { place: found.place, date: found.date }).toEqual(expected);
  });
});

// Expected dates written by hand from the files: the seeds carry one marker and one dateline without
// a date; the Steinheil papers are dated only by their file names (see their README).
describe('on the seeds and the Steinheil texts', () => {
  const seeds: Record<string, string[]> = {
    '000_7bbe899204955759.txt': [],
    '001_476412fa8d8391e4.txt': [],
    '002_2b2af24e823addfb.txt': [],
    '003_02ccfc7f2b3def74.txt': [],
    '004_d0a46c9abb1717b1.txt': ['marker 2024-11'],
  };
  it.each(Object.entries(seeds))('seed %s', (fileName, expected) => {
    const text = readFileSync(join(ROOT, 'seeds', fileName), 'utf8');
    expect(suggestSourceDates({ text, fileName }).map((s) => `${s.basis} ${s.date.iso}`)).toEqual(expected);
  });
  it('the JAKARTA seed opens with a dateline that names the place', () => {
    const text = readFileSync(join(ROOT, 'seeds', '000_7bbe899204955759.txt'), 'utf8');
    expect(findDateline(text)?.place).toBe('JAKARTA');
  });

  const steinheil = STEINHEIL_DIR;
  const papers: Record<string, string> = {
    'figaro_june_1_1908_clean.txt': '1908-06-01',
    'humanite_june_1_1908_clean.txt': '1908-06-01',
    'figaro_november_27_1908_clean.txt': '1908-11-27',
    'humanite_novembre_27_1908_clean.txt': '1908-11-27',
  };
  it.for(Object.entries(papers))('Steinheil paper %s', ([fileName, iso], ctx) => {
    if (!existsSync(steinheil) || !readdirSync(steinheil).includes(fileName)) ctx.skip(`${join(steinheil, fileName)} is absent`);
    const text = readFileSync(join(steinheil, fileName), 'utf8');
    expect(suggestSourceDates({ text, fileName }).map((s) => `${s.basis} ${s.date.iso}`)).toEqual([`file-name ${iso}`]);
  });
});
