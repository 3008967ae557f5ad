import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLineBased, segmentSpan, splitParagraphs } from '@common/text/paragraphs';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { itWithSteinheil, steinheilRows } from '../../support/sharedCorpus';

const long = (word: string) => `${word} ${'x'.repeat(90)}`;

describe('splitParagraphs', () => {
  const rows = [
    { name: 'hard-wrapped text splits at blank-line runs', text: 'a b\nc d\n\n\n\ne f\n', expected: [[0, 7], [11, 14]] },
    { name: 'white-space-only lines count as blank', text: 'a\n \t\nb', expected: [[0, 1], [5, 6]] },
    { name: 'leading blank lines are skipped', text: '\n\n a', expected: [[2, 4]] },
    { name: 'an empty text has no paragraphs', text: '', expected: [] },
  ];
  for (const row of rows) {
    it(row.name, () => expect(splitParagraphs(row.text).map((p) => [p.start, p.end])).toEqual(row.expected));
  }

  it('makes each line a paragraph when lines are long (one paragraph a line)', () => {
    const text = `${long('a')}\n${long('b')}\n\n${long('c')}`;
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.start + 1))).toEqual(['a', 'b', 'c']);
  });

  it.each(seedFiles())('reads the seed %s as one paragraph a line', (path) => {
    const text = normalizeSourceText(readFileSync(path, 'utf8'));
    expect(isLineBased(text)).toBe(true);
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(text.split('\n').filter((l) => l.trim() !== ''));
  });

  itWithSteinheil.each(steinheilRows())('keeps the hard-wrapped OCR lines of %s together in paragraphs', (path) => {
    const text = normalizeSourceText(readFileSync(path, 'utf8'));
    expect(isLineBased(text)).toBe(false);
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.length).toBeGreaterThan(5);
    // Nothing but white space lies outside the paragraphs.
    let outside = '';
    let at = 0;
    for (const p of paragraphs) {
      outside += text.slice(at, p.start);
      at = p.end;
    }
    expect((outside + text.slice(at)).trim()).toBe('');
  });
});

describe('segmentSpan', () => {
  const span = { start: 0, end: 10 };
  const rows = [
    { name: 'no ranges leave one segment', ranges: [], expected: [[0, 10, []]] },
    { name: 'a range inside cuts three segments', ranges: [{ id: 'a', start: 2, end: 5 }], expected: [[0, 2, []], [2, 5, ['a']], [5, 10, []]] },
    {
      name: 'overlapping ranges nest, the earlier outermost',
      ranges: [{ id: 'b', start: 4, end: 8 }, { id: 'a', start: 2, end: 6 }],
      expected: [[0, 2, []], [2, 4, ['a']], [4, 6, ['a', 'b']], [6, 8, ['b']], [8, 10, []]],
    },
    { name: 'adjacent ranges stay apart', ranges: [{ id: 'a', start: 0, end: 5 }, { id: 'b', start: 5, end: 10 }], expected: [[0, 5, ['a']], [5, 10, ['b']]] },
    { name: 'a range beyond the span is clipped', ranges: [{ id: 'a', start: 8, end: 20 }], expected: [[0, 8, []], [8, 10, ['a']]] },
  ];
  for (const row of rows) {
    it(row.name, () => expect(segmentSpan(span, row.ranges).map((s) => [s.start, s.end, s.ids])).toEqual(row.expected));
  }
});
