import { describe, expect, it } from 'vitest';
import { compareEventDates, formatEventDate, formatEventDateFr, parseEventDate, partialDateBounds } from '@common/dates/eventDate';
import { parsePartialDate } from '@common/dates/partialDate';
import { summarizeEvidence } from '@common/events/attestation';

describe('parseEventDate', () => {
  const rows: Array<[string, string | null]> = [
    ['2024-11-01', '2024-11-01'],
    ['2024-11', '2024-11'],
    ['2024', '2024'],
    ['2024-10-28/2024-11-01', '2024-10-28/2024-11-01'],
    ['2024-10/2024-11-01', '2024-10/2024-11-01'],
    ['2024-11-01/2024-10-28', null],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-02-29', '2024-02-29'],
    ['2024-13', null],
    ['1er novembre', null],
    ['', null],
  ];
  for (const [input, expected] of rows) {
    it(`reads « ${input} » as ${expected ?? 'not a date'}`, () => {
      const parsed = parseEventDate(input);
      expect(parsed ? formatEventDate(parsed) : null).toBe(expected);
    });
  }
  it('keeps precision: never a fake midnight timestamp', () => {
    expect(parseEventDate('2024-11')).toEqual({ start: { iso: '2024-11', precision: 'month' }, approximate: false });
    expect(parsePartialDate('2024')).toEqual({ iso: '2024', precision: 'year' });
  });
});

describe('formatEventDateFr', () => {
  const rows: Array<[string, boolean, string]> = [
    ['2024-11-01', false, '1er novembre 2024'],
    ['2024-11', false, 'novembre 2024'],
    ['2024', true, 'vers 2024'],
    ['2024-10-28/2024-11-01', false, '28 octobre 2024 – 1er novembre 2024'],
  ];
  for (const [iso, approx, label] of rows) it(`labels ${iso} as « ${label} »`, () => expect(formatEventDateFr(parseEventDate(iso, approx)!)).toBe(label));
});

describe('timeline order with mixed precisions', () => {
  it('orders by the first day covered, the coarser date first on the same day', () => {
    const dates = ['2024-11-01', '2024', '2023-09-13', '2024-11', '2024-06', '2023-10-19', '2024-10-28/2024-11-01', '2023-09'];
    const sorted = dates.map((d) => parseEventDate(d)!).sort(compareEventDates).map(formatEventDate);
    expect(sorted).toEqual(['2023-09', '2023-09-13', '2023-10-19', '2024', '2024-06', '2024-10-28/2024-11-01', '2024-11', '2024-11-01']);
  });
  it('knows the days a month covers', () => {
    expect(partialDateBounds({ iso: '2024-02', precision: 'month' })).toEqual({ first: '2024-02-01', last: '2024-02-29' });
  });
});

describe('summarizeEvidence', () => {
  const rows = [
    { name: 'three sources reporting attest three times', evidence: [['a', 'reports'], ['b', 'confirms'], ['c', 'attributes']], expected: { attestingSources: 3, sources: 3, contested: false } },
    { name: 'two passages of one source count once', evidence: [['a', 'reports'], ['a', 'confirms']], expected: { attestingSources: 1, sources: 1, contested: false } },
    { name: 'a denial beside a confirmation is contested', evidence: [['a', 'reports'], ['b', 'confirms'], ['c', 'denies']], expected: { attestingSources: 2, sources: 3, contested: true } },
    { name: 'a denial alone is not contested, and attests nothing', evidence: [['c', 'denies']], expected: { attestingSources: 0, sources: 1, contested: false } },
  ] as const;
  for (const r of rows) {
    it(r.name, () => expect(summarizeEvidence(r.evidence.map(([sourceId, stance]) => ({ sourceId, stance })))).toEqual(r.expected));
  }
});
