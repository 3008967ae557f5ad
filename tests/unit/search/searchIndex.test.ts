import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '@common/search/searchIndex';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles } from '../../support/paths';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const DOCS: SearchDoc[] = [
  { kind: 'source', id: 'armee', title: 'Armée', text: 'Le chef d’armée a parlé de l’armée nord-coréenne.' },
  { kind: 'source', id: 'choe', title: 'Choe', text: 'La ministre Choe Son Hui est à Moscou avec Sergueï Lavrov.' },
  { kind: 'source', id: 'soldats', title: 'Soldats', text: 'Des soldats nord–coréens sont arrivés à Pyongyang.' },
  { kind: 'source', id: 'nfd', title: 'NFD', text: '😀 𝄞 La Core\u0301e du Sud et Se\u0301oul.' },
  { kind: 'source', id: 'order', title: 'Ordre', text: 'Lavrov, puis Sergueï Choe.' },
];

function indexOf(docs: readonly SearchDoc[]): SearchIndex {
  const index = new SearchIndex();
  for (const d of docs) index.add(d);
  return index;
}

describe('SearchIndex.search', () => {
  const index = indexOf(DOCS);
  const rows: Array<{ name: string; query: string; expected: Record<string, string[]> }> = [
    { name: 'finds « Corée » from « coree », and « coréen » one letter away', query: 'coree ', expected: { nfd: ['Core\u0301e'], armee: ['coréenne'], soldats: ['coréens'] } },
    { name: 'finds « l’armée » and « d’armée » from « armée »', query: 'armée ', expected: { armee: ['armée', 'armée'] } },
    { name: 'finds « nord-coréenne » and « nord–coréens » from « nord coréen »', query: 'nord coréen ', expected: { armee: ['nord-coréenne'], soldats: ['nord–coréens'] } },
    { name: 'finds « Choe Son Hui » from « Choe Son-hui »', query: 'Choe Son-hui ', expected: { choe: ['Choe Son Hui'] } },
    { name: 'finds « soldats » from « soldat »', query: 'soldat ', expected: { soldats: ['soldats'] } },
    { name: 'finds « Lavrov » from « lavrof » (one typo in a long word)', query: 'lavrof ', expected: { choe: ['Lavrov'], order: ['Lavrov'] } },
    { name: 'allows no typo in a word under five letters', query: 'Sux Seoul ', expected: {} },
    { name: 'finds the word being typed by its prefix', query: 'pyong', expected: { soldats: ['Pyongyang'] } },
    { name: 'does not take a finished word as a prefix', query: 'pyong ', expected: {} },
    { name: 'reads the word being typed as a typo when nothing starts with it', query: 'lavrof', expected: { choe: ['Lavrov'], order: ['Lavrov'] } },
    { name: 'waits for a third letter before reading a word being typed as a prefix', query: 'py', expected: {} },
    { name: 'finds a hyphenated word whose last part is one letter into typing', query: 'nord-c', expected: { armee: ['nord-coréenne'], soldats: ['nord–coréens'] } },
    { name: 'finds a quoted phrase only in that order', query: '"Sergueï Lavrov"', expected: { choe: ['Sergueï Lavrov'] } },
    { name: 'takes « French quotes » as a phrase', query: '« Choe Son-Hui »', expected: { choe: ['Choe Son Hui'] } },
    { name: 'matches a phrase as written, without stemming', query: '"soldat nord-coréen"', expected: {} },
    { name: 'needs every word', query: 'Lavrov Pékin ', expected: {} },
    { name: 'finds words after astral characters and in NFD text', query: 'seoul coree', expected: { nfd: ['Core\u0301e', 'Se\u0301oul'] } },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const got = Object.fromEntries(index.search(r.query).map((res) => [res.id, res.hits.map((h) => DOCS.find((d) => d.id === res.id)!.text.slice(h.start, h.end))]));
      expect(got).toEqual(r.expected);
    });
  }

  it('gives a snippet around the first hit', () => {
    const [r] = index.search('Pyongyang');
    expect(r!.snippet.match).toBe('Pyongyang');
    expect(r!.snippet.before).toContain('soldats');
  });

  it('finds a document by its title, with no hits in its text', () => {
    const titled = indexOf([{ kind: 'passage', id: 'p', title: 'Ordre de mission', text: 'Sans rapport.' }]);
    const [r] = titled.search('mission ');
    expect(r).toMatchObject({ id: 'p', hits: [] });
    expect(r!.snippet.match).toBe('mission');
  });

  it('finds nothing for an empty query or punctuation', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search(' « » ! ')).toEqual([]);
  });
});

describe('SearchIndex on many candidates', () => {
  // 60 documents where the words stand together, and 40 where they are scattered but repeated
  // (BM25 likes those better): the first 20 results must still all be runs.
  const runs = Array.from({ length: 60 }, (_, i): SearchDoc => ({ kind: 'source', id: `run-${i}`, title: `Dépêche ${i}`, text: `Le ${i} mai, l’armée russe a franchi la frontière près de la ville ${i}.` }));
  const scattered = Array.from({ length: 40 }, (_, i): SearchDoc => ({
    kind: 'source',
    id: `scattered-${i}`,
    title: `Analyse ${i}`,
    text: `Russe russe russe, disait-on.\nL’armée, l’armée, l’armée ${i} attendait.\nPlus tard, un officier russe parla de l’armée.`,
  }));
  const index = indexOf([...scattered, ...runs]);

  it('shows only documents where the words stand together first, whatever BM25 prefers', () => {
    const results = index.search('armée russe ', {}, 20);
    expect(results).toHaveLength(20);
    expect(results.every((r) => r.id.startsWith('run-'))).toBe(true);
  });

  it('finds a word spelled with a typo once the word is finished, not while something starts as typed', () => {
    const typo = indexOf([
      { kind: 'source', id: 'right', title: 'A', text: 'Sergueï Lavrov à Moscou.' },
      { kind: 'source', id: 'longer', title: 'B', text: 'Madame Lavrova à Moscou.' },
      { kind: 'source', id: 'typo', title: 'C', text: 'Le ministre Lavrof à Moscou.' },
    ]);
    expect(typo.search('lavrov').map((r) => r.id).sort()).toEqual(['longer', 'right']);
    // « Lavrova » is one letter away too.
    expect(typo.search('lavrov ').map((r) => r.id).sort()).toEqual(['longer', 'right', 'typo']);
  });
});

describe('SearchIndex on the seeds', () => {
  const seeds = seedFiles().map((p) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) }));
  const index = indexOf(seeds.map((s) => ({ kind: 'source', id: s.id, title: s.text.split('\n')[0]!, text: s.text })));

  it('finds « coree du nord » in all five seeds, each hit the whole run', () => {
    const results = index.search('coree du nord');
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(seeds.map((s) => s.id)));
    for (const r of results) {
      const text = seeds.find((s) => s.id === r.id)!.text;
      expect(r.hits.length).toBeGreaterThan(0);
      for (const h of r.hits) expect(fold(text.slice(h.start, h.end))).toBe('coree du nord');
    }
  });

  it('finds the phrase « "Corée du Nord" » in all five seeds, each hit the whole phrase', () => {
    const results = index.search('"Corée du Nord"');
    expect(results.length).toBe(5);
    for (const r of results) for (const h of r.hits) expect(fold(seeds.find((s) => s.id === r.id)!.text.slice(h.start, h.end))).toBe('coree du nord');
  });

  it('finds Lavrov from « lavrof » and Kim Jong-un however it is written', () => {
    expect(index.search('lavrof ').length).toBeGreaterThanOrEqual(3);
    const kim = index.search('kim jong un ');
    const spelled = new Set(kim.flatMap((r) => r.hits.map((h) => seeds.find((s) => s.id === r.id)!.text.slice(h.start, h.end))));
    expect(spelled).toEqual(new Set(['Kim Jong Un', 'Kim Jong-un']));
  });
});

describe('SearchIndex updates', () => {
  it('finds a passage added a moment ago, its new text after an update, and forgets it when removed', () => {
    const index = indexOf(DOCS);
    index.add({ kind: 'passage', id: 'p1', title: 'Passage', text: 'Un passage tout neuf sur Vladivostok', sourceId: 'choe' });
    expect(index.search('vladivostok').map((r) => r.id)).toEqual(['p1']);
    index.update({ kind: 'passage', id: 'p1', title: 'Passage', text: 'Plutôt sur Khabarovsk', sourceId: 'choe' });
    expect(index.search('vladivostok')).toEqual([]);
    expect(index.search('khabarovsk').map((r) => r.id)).toEqual(['p1']);
    index.remove('passage', 'p1');
    expect(index.search('khabarovsk')).toEqual([]);
    expect(index.size).toBe(DOCS.length);
  });

  it('refuses to add a document twice', () => {
    expect(() => indexOf([DOCS[0]!, DOCS[0]!])).toThrow(/already/);
  });

  it('skips an upsert with an unchanged version', () => {
    const index = new SearchIndex();
    index.upsert({ kind: 'note', id: 'n', title: 'Note', text: 'Vladivostok', version: '1' });
    index.upsert({ kind: 'note', id: 'n', title: 'Note', text: 'Khabarovsk', version: '1' });
    expect(index.search('vladivostok').map((r) => r.id)).toEqual(['n']);
    expect(index.has('note', 'n', '1')).toBe(true);
  });
});

describe('SearchIndex filters and groups', () => {
  const index = indexOf([
    ...DOCS,
    { kind: 'passage', id: 'p', title: 'Passage', text: 'Lavrov à Moscou', sourceId: 'choe', tags: ['diplomatie'] },
    { kind: 'event', id: 'e', title: 'Rencontre à Moscou', text: 'Choe et Lavrov', date: '2024-11-01' },
    { kind: 'event', id: 'e2', title: 'Visite', text: 'Lavrov à Pyongyang', dateFrom: '2024-06-18', dateTo: '2024-06-19' },
    { kind: 'entity', id: 'lavrov', title: 'Sergueï Lavrov', text: 'Sergueï Lavrov\nLavrov' },
    { kind: 'note', id: 'n', title: 'Notes', text: 'Lavrov, toujours.' },
  ]);
  const ids = (query: string, filters: Parameters<SearchIndex['search']>[1]) => index.search(query, filters).map((r) => r.id).sort();
  const rows: Array<{ name: string; filters: Parameters<SearchIndex['search']>[1]; expected: string[] }> = [
    { name: 'by kind', filters: { kinds: new Set(['event'] as const) }, expected: ['e', 'e2'] },
    { name: 'by several kinds, as a list', filters: { kinds: ['entity', 'note'] }, expected: ['lavrov', 'n'] },
    { name: 'by source (the source itself and its passages)', filters: { sourceId: 'choe' }, expected: ['choe', 'p'] },
    { name: 'by tag', filters: { tag: 'diplomatie' }, expected: ['p'] },
    { name: 'by a date range around one day', filters: { from: '2024-10-01', to: '2024-11-30' }, expected: ['e'] },
    { name: 'by a date range overlapping a span', filters: { from: '2024-06-19' }, expected: ['e', 'e2'] },
    { name: 'by a date range that leaves everything out', filters: { from: '2025-01-01' }, expected: [] },
  ];
  for (const r of rows) it(`filters ${r.name}`, () => expect(ids('lavrov ', r.filters)).toEqual(r.expected));

  it('treats a month as the whole month', () => {
    const monthly = indexOf([{ kind: 'source', id: 's', title: 'S', text: 'Lavrov', date: '2024-11' }]);
    expect(monthly.search('lavrov', { from: '2024-11-15', to: '2024-11-15' }).map((r) => r.id)).toEqual(['s']);
  });

  it('groups results by kind, in a fixed order, at most so many per kind', () => {
    const groups = index.searchGrouped('lavrov ', {}, 1);
    expect(groups.map((g) => g.kind)).toEqual(['source', 'passage', 'note', 'event', 'entity']);
    for (const g of groups) expect(g.results.length).toBe(1);
    expect(index.searchGrouped('lavrov ', { kinds: ['event'] }).map((g) => [g.kind, g.results.length])).toEqual([['event', 2]]);
  });
});

describe('SearchIndex serialization', () => {
  it('comes back from JSON with the same results', () => {
    const index = indexOf(DOCS);
    index.remove('source', 'order'); // a discarded document must not come back
    const restored = SearchIndex.loadJSON(JSON.stringify(index));
    for (const q of ['coree', 'lavrof ', 'pyong', '"Sergueï Lavrov"', 'armée ']) expect(restored.search(q)).toEqual(index.search(q));
    expect(restored.size).toBe(DOCS.length - 1);
    restored.add({ kind: 'note', id: 'n', title: 'Note', text: 'Vladivostok' });
    expect(restored.search('vladivostok').map((r) => r.id)).toEqual(['n']);
  });

  it('refuses an index saved in another format', () => {
    const saved = indexOf(DOCS).toJSON();
    expect(() => SearchIndex.loadJSON({ ...saved, format: 'verbatim-search/0' })).toThrow(/format/);
    expect(() => SearchIndex.loadJSON('null')).toThrow(/format/);
  });
});
