import { describe, expect, it } from 'vitest';
import { findHits } from '@common/search/hits';
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
