import { describe, expect, it } from 'vitest';
import { segmentParagraphs } from '@common/text/segmentParagraphs';

const paragraphs = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 25, end: 30 },
];
const shape = (segments: ReturnType<typeof segmentParagraphs>) => segments.map((p) => p.map((s) => [s.start, s.end, s.ids]));

describe('segmentParagraphs', () => {
  // Expected segments written by hand from the offsets above.
  const rows = [
    { name: 'no ranges: one plain segment a paragraph', ranges: [], expected: [[[0, 10, []]], [[12, 20, []]], [[25, 30, []]]] },
    {
      name: 'a range in the second paragraph leaves the others plain',
      ranges: [{ id: 'a', start: 14, end: 16 }],
      expected: [[[0, 10, []]], [[12, 14, []], [14, 16, ['a']], [16, 20, []]], [[25, 30, []]]],
    },
    {
      name: 'a range across a paragraph break is cut in both, not in the blank between',
      ranges: [{ id: 'a', start: 8, end: 14 }],
      expected: [[[0, 8, []], [8, 10, ['a']]], [[12, 14, ['a']], [14, 20, []]], [[25, 30, []]]],
    },
    {
      name: 'a range over three paragraphs covers the middle one whole',
      ranges: [{ id: 'long', start: 5, end: 27 }, { id: 'b', start: 15, end: 17 }],
      expected: [[[0, 5, []], [5, 10, ['long']]], [[12, 15, ['long']], [15, 17, ['long', 'b']], [17, 20, ['long']]], [[25, 27, ['long']], [27, 30, []]]],
    },
    {
      name: 'ranges given out of order, overlapping: the earlier is outermost',
      ranges: [{ id: 'b', start: 4, end: 8 }, { id: 'a', start: 2, end: 6 }],
      expected: [[[0, 2, []], [2, 4, ['a']], [4, 6, ['a', 'b']], [6, 8, ['b']], [8, 10, []]], [[12, 20, []]], [[25, 30, []]]],
    },
    { name: 'a range in the blank between paragraphs draws nothing', ranges: [{ id: 'gap', start: 21, end: 24 }], expected: [[[0, 10, []]], [[12, 20, []]], [[25, 30, []]]] },
    { name: 'an empty range draws nothing', ranges: [{ id: 'e', start: 3, end: 3 }], expected: [[[0, 10, []]], [[12, 20, []]], [[25, 30, []]]] },
  ];
  for (const row of rows) it(row.name, () => expect(shape(segmentParagraphs(paragraphs, row.ranges))).toEqual(row.expected));

  it('cuts 1,000 highlights over many paragraphs the way a per-paragraph check over every range does', () => {
    // The expected side is computed another way: for each paragraph and each gap between cuts, the
    // ids of every range covering that gap, found by scanning all ranges.
    const many = Array.from({ length: 300 }, (_, i) => ({ start: i * 100, end: i * 100 + 90 }));
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const ranges = Array.from({ length: 1000 }, (_, i) => {
      const start = rand(30_000);
      return { id: `r${String(i).padStart(4, '0')}`, start, end: start + 1 + rand(250) };
    });
    const expected = many.map((p) => {
      const cuts = [...new Set([p.start, p.end, ...ranges.flatMap((r) => [r.start, r.end]).filter((c) => c > p.start && c < p.end)])].sort((a, b) => a - b);
      return cuts.slice(1).map((end, i) => {
        const start = cuts[i]!;
        const ids = ranges.filter((r) => r.start <= start && r.end >= end).sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1)).map((r) => r.id);
        return [start, end, ids];
      });
    });
    expect(shape(segmentParagraphs(many, ranges))).toEqual(expected);
  });
});
