import { describe, expect, it } from 'vitest';
import { formatPageSpan, pageLocatorPart, pageOfOffset, pageSpanOf, parsePageLocatorPart } from '@common/source/pageOfOffset';

// Three pages whose texts are 10, 5 and 20 code points long: they start at 0, 10 and 15.
const THREE_PAGES = [0, 10, 15];

describe('pageOfOffset', () => {
  const rows: Array<{ name: string; starts: number[] | undefined; cp: number; expected: number | null }> = [
    { name: 'the first code point is on page 1', starts: THREE_PAGES, cp: 0, expected: 1 },
    { name: 'the last code point of page 1 is on page 1', starts: THREE_PAGES, cp: 9, expected: 1 },
    { name: 'the first code point of page 2 is on page 2', starts: THREE_PAGES, cp: 10, expected: 2 },
    { name: 'a code point inside page 2 is on page 2', starts: THREE_PAGES, cp: 12, expected: 2 },
    { name: 'the start of the last page is on it', starts: THREE_PAGES, cp: 15, expected: 3 },
    { name: 'an offset past the text stays on the last page', starts: THREE_PAGES, cp: 500, expected: 3 },
    { name: 'a one-page source is page 1 everywhere', starts: [0], cp: 42, expected: 1 },
    { name: 'an empty page (two equal starts) is skipped to the later one', starts: [0, 10, 10, 15], cp: 10, expected: 3 },
    { name: 'an unpaged source has no page', starts: undefined, cp: 3, expected: null },
    { name: 'an empty list of starts has no page', starts: [], cp: 3, expected: null },
  ];
  for (const row of rows) it(row.name, () => expect(pageOfOffset(row.starts, row.cp)).toBe(row.expected));

  it('finds the page among a thousand pages', () => {
    const starts = Array.from({ length: 1000 }, (_, i) => i * 100);
    expect(pageOfOffset(starts, 54_321)).toBe(544);
    expect(pageOfOffset(starts, 99_999)).toBe(1000);
  });
});

describe('pageSpanOf', () => {
  const rows: Array<{ name: string; start: number; end: number; expected: { first: number; last: number } | null }> = [
    { name: 'a passage inside page 1', start: 2, end: 8, expected: { first: 1, last: 1 } },
    { name: 'a passage ending exactly where page 2 begins stays on page 1', start: 2, end: 10, expected: { first: 1, last: 1 } },
    { name: 'a passage across the boundary of pages 1 and 2', start: 8, end: 12, expected: { first: 1, last: 2 } },
    { name: 'a passage across three pages', start: 5, end: 20, expected: { first: 1, last: 3 } },
    { name: 'a passage starting on a page start', start: 10, end: 14, expected: { first: 2, last: 2 } },
    { name: 'an empty passage lies on the page of its start', start: 12, end: 12, expected: { first: 2, last: 2 } },
  ];
  for (const row of rows) it(row.name, () => expect(pageSpanOf(THREE_PAGES, row.start, row.end)).toEqual(row.expected));
  it('an unpaged source gives no pages', () => expect(pageSpanOf(undefined, 0, 4)).toBeNull());
});

describe('page labels', () => {
  it('one page reads « p. 3 »', () => expect(formatPageSpan({ first: 3, last: 3 })).toBe('p. 3'));
  it('two pages read « pp. 3–4 » with an en dash', () => expect(formatPageSpan({ first: 3, last: 4 })).toBe('pp. 3\u20134'));
  it('the locator part of one page is its number', () => expect(pageLocatorPart({ first: 3, last: 3 })).toBe('3'));
  it('the locator part of two pages uses an ASCII hyphen', () => expect(pageLocatorPart({ first: 3, last: 4 })).toBe('3-4'));
});

describe('parsePageLocatorPart', () => {
  const rows: Array<{ input: string; expected: { first: number; last: number } | null }> = [
    { input: '3', expected: { first: 3, last: 3 } },
    { input: '3-4', expected: { first: 3, last: 4 } },
    { input: '12-12', expected: { first: 12, last: 12 } },
    { input: '0', expected: null },
    { input: '4-3', expected: null },
    { input: '3\u20134', expected: null },
    { input: 'iii', expected: null },
    { input: '', expected: null },
  ];
  for (const row of rows) it(`reads “${row.input}”`, () => expect(parsePageLocatorPart(row.input)).toEqual(row.expected));
});
