import { describe, expect, it } from 'vitest';
import { formatByteSize, formatDateTime, formatNumber, formatPartialDate, formatRelativeTime, formatWeekday, pluralCategory } from '@common/i18n/format';
import { createI18n } from '@common/i18n/createI18n';
import { formattingLocale, resolveLanguage, systemLanguage } from '@common/i18n/languages';

// Expected strings written by hand from French and English typography (CLDR): French groups
// thousands with a narrow no-break space (U+202F) and writes a decimal comma.
const NNBSP = '\u202f';

describe('formatPartialDate', () => {
  const rows = [
    { date: { iso: '2024-11-02', precision: 'day' as const }, language: 'fr' as const, expected: '2 novembre 2024' },
    { date: { iso: '2024-11-01', precision: 'day' as const }, language: 'en' as const, expected: '1 November 2024' },
    { date: { iso: '2024-11', precision: 'month' as const }, language: 'fr' as const, expected: 'novembre 2024' },
    { date: { iso: '2024-11', precision: 'month' as const }, language: 'en' as const, expected: 'November 2024' },
    { date: { iso: '1908', precision: 'year' as const }, language: 'fr' as const, expected: '1908' },
    // A calendar day stays that day whatever the time zone (UTC midnight must not slip to 31 December).
    { date: { iso: '2024-01-01', precision: 'day' as const }, language: 'en' as const, expected: '1 January 2024' },
  ];
  for (const row of rows) it(`writes ${row.date.iso} in ${row.language} as « ${row.expected} »`, () => expect(formatPartialDate(row.date, row.language)).toBe(row.expected));
});

describe('formatWeekday', () => {
  const rows = [
    { iso: '2024-11-01', language: 'fr' as const, expected: 'vendredi 1 novembre' },
    { iso: '2024-11-01', language: 'en' as const, expected: 'Friday 1 November' },
  ];
  for (const row of rows) it(`names the weekday of ${row.iso} in ${row.language}`, () => expect(formatWeekday(row.iso, row.language)).toBe(row.expected));
});

describe('formatDateTime', () => {
  const rows = [
    { language: 'fr' as const, expected: '2 nov. 2024, 14:05' },
    { language: 'en' as const, expected: '2 Nov 2024, 14:05' },
  ];
  for (const row of rows) it(`writes an instant in ${row.language} as « ${row.expected} »`, () => expect(formatDateTime('2024-11-02T14:05:00Z', row.language, 'UTC')).toBe(row.expected));
});

describe('formatRelativeTime', () => {
  const now = '2024-11-02T12:00:00Z';
  const rows = [
    { at: '2024-11-02T11:57:00Z', language: 'fr' as const, expected: 'il y a 3 minutes' },
    { at: '2024-11-02T11:57:00Z', language: 'en' as const, expected: '3 minutes ago' },
    { at: '2024-11-01T12:00:00Z', language: 'fr' as const, expected: 'hier' },
    { at: '2024-11-01T12:00:00Z', language: 'en' as const, expected: 'yesterday' },
    { at: '2024-11-02T12:00:20Z', language: 'fr' as const, expected: 'dans 20 secondes' },
    { at: '2022-11-02T12:00:00Z', language: 'en' as const, expected: '2 years ago' },
  ];
  for (const row of rows) it(`says ${row.at} in ${row.language} as « ${row.expected} »`, () => expect(formatRelativeTime(row.at, now, row.language)).toBe(row.expected));
});

describe('formatNumber', () => {
  const rows = [
    { value: 12345.6, language: 'fr' as const, expected: `12${NNBSP}345,6` },
    { value: 12345.6, language: 'en' as const, expected: '12,345.6' },
    { value: 0.25, language: 'fr' as const, expected: '0,25' },
    { value: 1000000, language: 'fr' as const, expected: `1${NNBSP}000${NNBSP}000` },
  ];
  for (const row of rows) it(`writes ${row.value} in ${row.language} as « ${row.expected} »`, () => expect(formatNumber(row.value, row.language)).toBe(row.expected));
});

describe('formatByteSize', () => {
  const rows = [
    { bytes: 500, language: 'en' as const, expected: '500 B' },
    { bytes: 500, language: 'fr' as const, expected: '500 o' },
    { bytes: 1536, language: 'en' as const, expected: '1.5 KB' },
    { bytes: 1536, language: 'fr' as const, expected: '1,5 Ko' },
    { bytes: 5 * 1024 * 1024, language: 'fr' as const, expected: '5,0 Mo' },
    { bytes: 5 * 1024 * 1024, language: 'en' as const, expected: '5.0 MB' },
  ];
  for (const row of rows) it(`writes ${row.bytes} bytes in ${row.language} as « ${row.expected} »`, () => expect(formatByteSize(row.bytes, row.language)).toBe(row.expected));
});

describe('counts with the plural rules of each language', () => {
  const rows = [
    { count: 0, language: 'fr' as const, category: 'one', text: '0 passage' },
    { count: 1, language: 'fr' as const, category: 'one', text: '1 passage' },
    { count: 2, language: 'fr' as const, category: 'other', text: '2 passages' },
    { count: 1000000, language: 'fr' as const, category: 'many', text: '1000000 de passages' },
    { count: 0, language: 'en' as const, category: 'other', text: '0 passages' },
    { count: 1, language: 'en' as const, category: 'one', text: '1 passage' },
    { count: 2, language: 'en' as const, category: 'other', text: '2 passages' },
  ];
  for (const row of rows) {
    it(`says ${row.count} in ${row.language} as « ${row.text} »`, () => {
      expect(pluralCategory(row.count, row.language)).toBe(row.category);
      expect(createI18n(row.language).t('tagManager.passages', { count: row.count })).toBe(row.text);
    });
  }
});

describe('the interface language', () => {
  const rows = [
    { choice: 'system' as const, preferred: ['fr-FR', 'en-US'], expected: 'fr' },
    { choice: 'system' as const, preferred: ['fr-CA'], expected: 'fr' },
    { choice: 'system' as const, preferred: ['de-DE', 'fr-FR'], expected: 'fr' },
    { choice: 'system' as const, preferred: ['de-DE'], expected: 'en' },
    { choice: 'system' as const, preferred: [], expected: 'en' },
    { choice: 'en' as const, preferred: ['fr-FR'], expected: 'en' },
    { choice: 'fr' as const, preferred: ['en-US'], expected: 'fr' },
  ];
  for (const row of rows) it(`is ${row.expected} for the choice ${row.choice} on a system preferring ${JSON.stringify(row.preferred)}`, () => expect(resolveLanguage(row.choice, row.preferred)).toBe(row.expected));
  it('takes only the language of a tag written with an underscore', () => expect(systemLanguage(['fr_BE'])).toBe('fr'));
  it('formats English day first and French in France’s style', () => expect([formattingLocale('en'), formattingLocale('fr')]).toEqual(['en-GB', 'fr-FR']));
});

describe('formatters reused across calls', () => {
  // Formatters are built once per locale and options: a call with other options must not get the
  // formatter of an earlier call. Expected strings written by hand.
  it('keeps the fraction digits asked for, call after call', () => {
    expect([formatNumber(1.239, 'en', 2), formatNumber(1.239, 'en', 0), formatNumber(1.239, 'en', 2)]).toEqual(['1.24', '1', '1.24']);
  });
  it('keeps the time zone asked for, call after call', () => {
    expect([formatDateTime('2024-11-02T23:30:00Z', 'en', 'UTC'), formatDateTime('2024-11-02T23:30:00Z', 'en', 'Asia/Tokyo'), formatDateTime('2024-11-02T23:30:00Z', 'en', 'UTC')]).toEqual(['2 Nov 2024, 23:30', '3 Nov 2024, 08:30', '2 Nov 2024, 23:30']);
  });
  it('writes a day and a month-only date in turn, each as precise as it is', () => {
    expect([formatPartialDate({ iso: '2024-11-02', precision: 'day' }, 'fr'), formatPartialDate({ iso: '2024-11', precision: 'month' }, 'fr'), formatPartialDate({ iso: '2024-11-03', precision: 'day' }, 'fr')]).toEqual(['2 novembre 2024', 'novembre 2024', '3 novembre 2024']);
  });
});
