import { describe, expect, it } from 'vitest';
import { positionScore, prefixScore, sidesAgreement, suffixScore } from '@common/anchor/contextScore';
import { tailDistance } from '@common/anchor/editDistance';

describe('tailDistance', () => {
  const rows = [
    { name: 'a pattern that ends the window costs nothing', pattern: 'abc', window: 'xxabc', expected: 0 },
    { name: 'a character after it costs one', pattern: 'abc', window: 'abcx', expected: 1 },
    { name: 'a changed last character costs one', pattern: 'abc', window: 'xabd', expected: 1 },
    { name: 'an empty window costs the whole pattern', pattern: 'abc', window: '', expected: 3 },
  ];
  for (const row of rows) it(row.name, () => expect(tailDistance(row.pattern, row.window)).toBe(row.expected));
});

describe('context scores', () => {
  const text = 'Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet.';
  const quoteStart = text.indexOf('commodo');
  const rows = [
    { name: 'a suffix right after the match agrees fully', score: suffixScore(text, text.indexOf(', ornare'), ', ornare'), expected: 1 },
    // « ae, ornare »: two characters stand between the match and where the suffix agrees.
    { name: 'a suffix that agrees two characters further on is two edits off', score: suffixScore(text, text.indexOf('ae, ornare'), ', ornare'), expected: 6 / 8 },
    { name: 'a prefix right before the match agrees fully', score: prefixScore(text, quoteStart, 'sed, '), expected: 1 },
    { name: 'a prefix with one character changed is one edit off', score: prefixScore(text, quoteStart, 'xed, '), expected: 4 / 5 },
    { name: 'no prefix is unknown, not « start of text »', score: prefixScore(text, 0, ''), expected: 'unknown' },
    { name: 'no suffix is unknown, not « end of text »', score: suffixScore(text, text.length, ''), expected: 'unknown' },
    { name: 'no position is unknown, not offset 0', score: positionScore(text, 40, 'unknown'), expected: 'unknown' },
    { name: 'a position half the text away scores a half', score: positionScore('x'.repeat(100), 60, 10), expected: 0.5 },
  ];
  for (const row of rows) it(row.name, () => expect(row.score).toBe(row.expected));
});

describe('sidesAgreement', () => {
  const text = 'Le ministre a signé l’accord avec Moscou. Fin.';
  const start = text.indexOf('a signé');
  const end = text.indexOf('. Fin');
  const rows = [
    { name: 'both sides as stored', prefix: 'ministre ', suffix: '. Fin', expected: { prefix: true, suffix: true } },
    { name: 'a prefix reaching before the text does not agree', prefix: 'Hier, Le ministre ', suffix: '. Fin', expected: { prefix: false, suffix: true } },
    { name: 'one character off does not agree', prefix: 'ministres ', suffix: '. Fin', expected: { prefix: false, suffix: true } },
    { name: 'nothing stored is unknown', prefix: '', suffix: '', expected: { prefix: 'unknown', suffix: 'unknown' } },
  ];
  for (const row of rows) it(row.name, () => expect(sidesAgreement(text, start, end, row.prefix, row.suffix)).toEqual(row.expected));
});
