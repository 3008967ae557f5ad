import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '@common/search/analyzer';
import { findHits } from '@common/search/hits';
import { parseQuery } from '@common/search/query';
import { SearchIndex } from '@common/search/searchIndex';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles } from '../../support/paths';

describe('the French analyzer', () => {
  const rows: Array<[string, string, string[]]> = [
    ['folds case and accents', 'Corée CORÉE', ['coree', 'coree']],
    ['drops elisions with either apostrophe', "l’armée d'armée qu’il jusqu’à", ['armee', 'armee', 'il', 'a']],
    ['splits hyphenated names', 'Choe Son-hui', ['choe', 'son', 'hui']],
    ['splits at no-break spaces', 'Kim\u00a0Jong\u202fUn', ['kim', 'jong', 'un']],
    ['stems plurals', 'soldats chevaux troops', ['soldat', 'cheval', 'troop']],
    ['keeps words that only look plural', 'Lavrov mais Moscou', ['lavrov', 'mais', 'moscou']],
    ['reads NFD text', 'Core\u0301e', ['coree']],
  ];
  for (const [name, text, expected] of rows) it(name, () => expect(tokenize(text).map((t) => t.term)).toEqual(expected));

  it('maps every token back to its exact original span, after astral characters and in NFD text', () => {
    const text = '😀 l’armée de Core\u0301e 𝄞 Choe Son-hui';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBeGreaterThan(0);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual(['armée', 'de', 'Core\u0301e', 'Choe', 'Son', 'hui']);
  });
});

describe('findHits', () => {
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
    ['no typo allowed in short words', 'Mosca ', []],
  ];
  for (const [name, query, expected] of rows) it(`finds ${name}`, () => expect(findHits(text, parseQuery(query)).map((h) => text.slice(h.start, h.end))).toEqual(expected));
});

describe('SearchIndex', () => {
  const seeds = seedFiles().map((p) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) }));
  const index = new SearchIndex();
  index.sync('source', seeds.map((s) => ({ kind: 'source' as const, id: s.id, title: s.text.split('\n')[0]!, text: s.text, version: s.id })));

  it('finds « coree du nord » in all five seeds, with hits on the exact words', () => {
    const results = index.search('coree du nord');
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(seeds.map((s) => s.id)));
    for (const r of results) {
      const text = seeds.find((s) => s.id === r.id)!.text;
      expect(r.hits.length).toBeGreaterThan(0);
      for (const h of r.hits) expect(text.slice(h.start, h.end).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toMatch(/^(coree|coreens?|du|nord)$/);
    }
  });

  it('finds a passage added a moment ago, and forgets a removed one', () => {
    index.upsert({ kind: 'passage', id: 'p1', title: 'Passage', text: 'Un passage tout neuf sur Vladivostok', version: '1' });
    expect(index.search('vladivostok').map((r) => r.id)).toEqual(['p1']);
    index.remove('passage', 'p1');
    expect(index.search('vladivostok')).toEqual([]);
  });

  it('filters by kind and by date range', () => {
    index.upsert({ kind: 'event', id: 'e1', title: 'Rencontre à Moscou', text: 'Choe et Lavrov', dateFrom: '2024-11-01', dateTo: '2024-11-01', version: '1' });
    expect(index.search('lavrov', { kinds: new Set(['event']) }).map((r) => r.id)).toEqual(['e1']);
    expect(index.search('lavrov', { kinds: new Set(['event']), from: '2024-12-01' })).toEqual([]);
    expect(index.search('lavrov', { kinds: new Set(['event']), from: '2024-10-01', to: '2024-11-30' }).map((r) => r.id)).toEqual(['e1']);
  });
});
