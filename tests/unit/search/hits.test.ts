import { describe, expect, it } from 'vitest';
import { findHits, snippetAround } from '@common/search/hits';
import { parseQuery } from '@common/search/query';

describe('findHits (find in source)', () => {
  const text = 'Les soldats de l’armée nord-coréenne et Sergueï Lavrov à Moscou. Choe Son Hui.';
  const rows: Array<[string, string, string[]]> = [
    ['accent-insensitive words', 'coreenne', ['coréenne']],
    ['a plural from its singular', 'soldat', ['soldats']],
    ['a word after an elision', 'armée', ['armée']],
    ['one typo in a long word', 'lavrof', ['Lavrov']],
    ['a prefix while typing', 'Mosc', ['Moscou']],
    ['hyphen and space styles alike', 'Choe Son-hui', ['Choe', 'Son', 'Hui']],
    ['a quoted phrase as one span', '"Sergueï Lavrov"', ['Sergueï Lavrov']],
    ['nothing when a word is missing', 'Lavrov Pékin ', []],
    ['no typo in short words', 'Mosca ', []],
  ];
  for (const [name, query, expected] of rows) it(`finds ${name}`, () => expect(findHits(text, parseQuery(query)).map((h) => text.slice(h.start, h.end))).toEqual(expected));
});

describe('snippetAround at the edges', () => {
  it('never cuts an emoji in half', () => {
    const text = `${'😀'.repeat(40)}Lavrov${'😀'.repeat(40)}`;
    const at = text.indexOf('Lavrov');
    for (const radius of [5, 6, 7, 60, 61]) {
      const s = snippetAround(text, { start: at, end: at + 6 }, radius);
      expect(s.before + s.match + s.after).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
