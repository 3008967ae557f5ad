import { describe, expect, it } from 'vitest';
import { joinPages, pageAt } from '@common/source/pagedText';

describe('joinPages', () => {
  const rows: Array<{ name: string; pages: string[]; text: string; pageStarts: number[] }> = [
    { name: 'one page starts at 0', pages: ['Un'], text: 'Un', pageStarts: [0] },
    { name: 'pages are a blank line apart', pages: ['Un', 'Deux'], text: 'Un\n\nDeux', pageStarts: [0, 4] },
    { name: 'offsets count code points, not UTF-16 units', pages: ['😀 a', 'b'], text: '😀 a\n\nb', pageStarts: [0, 5] },
    { name: 'trailing white space of a page is dropped', pages: ['Un  \n\n', 'Deux\n'], text: 'Un\n\nDeux', pageStarts: [0, 4] },
    { name: 'each page is normalized (CRLF, NFD)', pages: ['e\u0301\r\nf', 'g'], text: 'é\nf\n\ng', pageStarts: [0, 5] },
    { name: 'an empty page begins where the next one does', pages: ['Un', '', 'Trois'], text: 'Un\n\nTrois', pageStarts: [0, 4, 4] },
    { name: 'an empty first page begins at 0 with the next', pages: ['', 'Deux'], text: 'Deux', pageStarts: [0, 0] },
    { name: 'an empty last page begins at the end', pages: ['Un', ''], text: 'Un', pageStarts: [0, 2] },
    { name: 'no text at all', pages: ['', ' '], text: '', pageStarts: [0, 0] },
  ];
  for (const row of rows) it(row.name, () => expect(joinPages(row.pages)).toEqual({ text: row.text, pageStarts: row.pageStarts }));
});

describe('pageAt', () => {
  const starts = [0, 4, 4, 10];
  const rows: Array<[number, number | null]> = [
    [0, 1],
    [3, 1],
    [4, 3], // page 2 is empty: offset 4 is on page 3
    [9, 3],
    [10, 4],
    [500, 4],
  ];
  for (const [offset, page] of rows) it(`code point ${offset} is on page ${page}`, () => expect(pageAt(starts, offset)).toBe(page));
  it('says nothing for a text without pages', () => expect(pageAt(undefined, 3)).toBeNull());
});
