import { describe, expect, it } from 'vitest';
import { applySplice, spliceBetween } from '../../../common/text/splice';

// Expected splices written by hand from the two strings.
const cases = [
  { name: 'a character typed at the end', before: 'Aucun mot', after: 'Aucun mots', splice: { at: 9, remove: 0, insert: 's' } },
  { name: 'a character typed in the middle', before: 'Aucun mot', after: 'Aucun gmot', splice: { at: 6, remove: 0, insert: 'g' } },
  { name: 'a backspace', before: 'Aucun mot', after: 'Aucun mo', splice: { at: 8, remove: 1, insert: '' } },
  { name: 'a word replaced', before: 'la Corée du Nord', after: 'la Russie du Nord', splice: { at: 3, remove: 4, insert: 'Russi' } }, // both words end in « e »,
  { name: 'a repeated letter doubled (common start and end may not overlap)', before: 'aa', after: 'aaa', splice: { at: 2, remove: 0, insert: 'a' } },
  { name: 'a repeated letter removed', before: 'aaa', after: 'aa', splice: { at: 2, remove: 1, insert: '' } },
  { name: 'everything replaced', before: 'abc', after: 'xyz', splice: { at: 0, remove: 3, insert: 'xyz' } },
  { name: 'from empty', before: '', after: '{"root":{}}', splice: { at: 0, remove: 0, insert: '{"root":{}}' } },
  { name: 'to empty', before: 'abc', after: '', splice: { at: 0, remove: 3, insert: '' } },
  { name: 'no change', before: 'même', after: 'même', splice: { at: 4, remove: 0, insert: '' } },
  { name: 'an emoji typed (two UTF-16 units)', before: 'ok', after: 'ok 🙂', splice: { at: 2, remove: 0, insert: ' 🙂' } },
];

describe('spliceBetween and applySplice', () => {
  for (const row of cases) {
    it(`finds the splice of ${row.name}, which gives the new string back`, () => {
      const splice = spliceBetween(row.before, row.after);
      expect(splice).toEqual(row.splice);
      expect(applySplice(row.before, splice)).toBe(row.after);
    });
  }

  it('refuses a splice that runs past the string it is applied to', () => {
    expect(applySplice('abc', { at: 2, remove: 2, insert: '' })).toBeNull();
    expect(applySplice('abc', { at: -1, remove: 0, insert: 'x' })).toBeNull();
    expect(applySplice('abc', { at: 4, remove: 0, insert: 'x' })).toBeNull();
  });

  it('rebuilds a long editing session from its splices alone', () => {
    // Seeded: the same session every run.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    let text = '';
    let rebuilt = '';
    for (let step = 0; step < 2000; step++) {
      const at = next(text.length + 1);
      const cut = next(Math.min(4, text.length - at) + 1);
      const after = text.slice(0, at) + 'éa b«»'.slice(next(6), 6).slice(0, next(3)) + text.slice(at + cut);
      rebuilt = applySplice(rebuilt, spliceBetween(text, after)) ?? 'REFUSED';
      text = after;
    }
    expect(rebuilt).toBe(text);
  });
});
