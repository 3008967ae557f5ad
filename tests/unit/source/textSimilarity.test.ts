import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIMILAR_TEXT, textSimilarity, wordShingles } from '@common/source/textSimilarity';
import { seedFiles } from '../../support/paths';

describe('wordShingles', () => {
  const rows = [
    { name: 'runs of three words, case and punctuation ignored', input: 'La Corée, du Nord !', expected: ['la corée du', 'corée du nord'] },
    { name: 'a text shorter than three words is one shingle', input: 'Bonjour Séoul', expected: ['bonjour séoul'] },
    { name: 'no words, no shingles', input: ' … — ', expected: [] },
  ];
  for (const row of rows) it(row.name, () => expect([...wordShingles(row.input)]).toEqual(row.expected));
});

describe('textSimilarity', () => {
  const rows = [
    { name: 'the same text is 1', a: 'un deux trois quatre', b: 'un deux trois quatre', expected: 1 },
    { name: 'white space and case do not count', a: 'Un deux\n\ntrois quatre', b: 'un  DEUX trois quatre', expected: 1 },
    // shingles {a b c, b c d} and {a b c, b c e}: 1 shared of 3
    { name: 'one word changed at the end of four', a: 'a b c d', b: 'a b c e', expected: 1 / 3 },
    { name: 'nothing shared is 0', a: 'un deux trois', b: 'quatre cinq six', expected: 0 },
    { name: 'two empty texts are the same', a: '', b: '', expected: 1 },
    { name: 'an empty text and a text share nothing', a: '', b: 'un deux trois', expected: 0 },
  ];
  for (const row of rows) it(row.name, () => expect(textSimilarity(row.a, row.b)).toBeCloseTo(row.expected, 10));

  it('keeps the seed articles (one subject, five texts) under the similarity threshold', () => {
    const texts = seedFiles().map((p) => readFileSync(p, 'utf8'));
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) expect(textSimilarity(texts[i]!, texts[j]!)).toBeLessThan(SIMILAR_TEXT);
  });

  it('puts a seed with one paragraph added above the threshold', () => {
    const text = readFileSync(seedFiles()[0]!, 'utf8');
    expect(textSimilarity(text, `${text}\nUn paragraphe ajouté par la rédaction après publication.\n`)).toBeGreaterThan(SIMILAR_TEXT);
  });
});
