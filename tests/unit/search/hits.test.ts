import { describe, expect, it } from 'vitest';
import { findHits, snippetAround } from '@common/search/hits';

describe('findHits (find in source)', () => {
  const text = 'Les soldats de l’armée nord-coréenne et Sergueï Lavrov à Moscou. Choe Son Hui et son homologue. La Russie, puis l’armée russe.';
  const rows: Array<[string, string, string[], string]> = [
    ['accent-insensitive words', 'coreenne ', ['coréenne'], 'coréenne'],
    ['a plural from its singular', 'soldat ', ['soldats'], 'soldats'],
    ['a word after an elision, each time', 'armée ', ['armée', 'armée'], 'armée'],
    ['one typo in a long word', 'lavrof ', ['Lavrov'], 'Lavrov'],
    ['a prefix while typing', 'Mosc', ['Moscou'], 'Moscou'],
    ['a hyphenated name as one run, not the possessive « son »', 'Choe Son-hui', ['Choe Son Hui'], 'Choe Son Hui'],
    ['a quoted phrase as one span', '"Sergueï Lavrov"', ['Sergueï Lavrov'], 'Sergueï Lavrov'],
    ['nothing when a word is missing', 'Lavrov Pékin ', [], ''],
    ['no typo in short words', 'Mosca ', [], ''],
    ['only the run when the words stand together somewhere', 'armée russe', ['armée russe'], 'armée russe'],
  ];
  for (const [name, query, expected, landing] of rows) {
    it(`finds ${name}`, () => {
      const { hits, best } = findHits(text, query);
      expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(expected);
      expect(hits[best] ? text.slice(hits[best].start, hits[best].end) : '').toBe(landing);
    });
  }
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
