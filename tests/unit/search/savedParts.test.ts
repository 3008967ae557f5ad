import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '@common/search/searchIndex';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles } from '../../support/paths';

/**
 * A saved index (toParts) goes through IndexedDB by structured clone and comes back with its terms
 * packed (decoded on first use) and the sources' texts left out (read back by their textRef). Every
 * search must answer exactly as the index it was saved from.
 */
const seeds = seedFiles().map((p) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) }));
const DOCS: SearchDoc[] = [
  ...seeds.map((s): SearchDoc => ({ kind: 'source', id: s.id, title: s.text.split('\n')[0]!, text: s.text, sourceId: s.id, textRef: `hash-${s.id}` })),
  { kind: 'passage', id: 'p1', title: 'armée', text: 'Les soldats nord-coréens arrivent à Koursk.', sourceId: seeds[0]!.id, tags: ['armée'] },
  { kind: 'note', id: 'n1', title: 'Carnet', text: 'Rencontre de Sergueï Lavrov et de Choe Son-hui.' },
  { kind: 'entity', id: 'e1', title: 'Kim Jong-un', text: 'Kim Jong Un\nKim Jung-un' },
];
// The judged kinds of query: names and their variants, phrases, a typo, a prefix being typed, hyphens.
const QUERIES = ['coree du nord', '"Corée du Nord"', 'lavrof ', 'Kim Jong Un ', 'kim jung-un', 'nord-coréens', 'pyong', 'armée russe', 'sergueï lavrov ', 'choe son-hui', 'koursk '];

const byRef = new Map(DOCS.filter((d) => d.textRef).map((d) => [d.textRef!, d.text]));
let reads = 0;
const readTexts = async (docs: readonly SearchDoc[]) => {
  reads += docs.length;
  return docs.map((d) => byRef.get(d.textRef!));
};

function built(): SearchIndex {
  const index = new SearchIndex();
  for (const d of DOCS) index.add(d);
  return index;
}
const restored = (index: SearchIndex) => SearchIndex.fromParts(structuredClone(index.toParts()));

describe('SearchIndex saved in parts', () => {
  it('saves no source text, only the other kinds’ texts', () => {
    const parts = built().toParts();
    expect(parts.docs.filter((d) => d.kind === 'source').map((d) => d.text)).toEqual(seeds.map(() => ''));
    expect(parts.docs.find((d) => d.id === 'n1')!.text).toBe('Rencontre de Sergueï Lavrov et de Choe Son-hui.');
  });

  for (const query of QUERIES)
    it(`answers « ${query} » as the index it was saved from, reading only the candidates’ texts`, async () => {
      const original = built();
      const copy = restored(original);
      reads = 0;
      expect(await copy.searchAsync(query, {}, 20, readTexts)).toEqual(original.search(query, {}, 20));
      expect(reads).toBeLessThanOrEqual(seeds.length);
    });

  it('reads every text back ahead of searches, then searches without reading', async () => {
    const copy = restored(built());
    for (let keys = copy.missingTexts(2); keys.length > 0; keys = copy.missingTexts(2)) await copy.loadTexts(keys, readTexts);
    reads = 0;
    expect(copy.search('coree du nord').length).toBe(built().search('coree du nord').length);
    expect(await copy.searchAsync('lavrof ', {}, 20, readTexts)).toEqual(built().search('lavrof ', {}, 20));
    expect(reads).toBe(0);
  });

  it('takes additions, updates and removals after loading, and saves them again', async () => {
    const original = built();
    const copy = restored(original);
    for (const index of [original, copy]) {
      index.remove('source', seeds[1]!.id);
      index.update({ kind: 'note', id: 'n1', title: 'Carnet', text: 'Escale à Vladivostok.' });
      index.add({ kind: 'passage', id: 'p2', title: 'Passage', text: 'Rencontre à Khabarovsk.', sourceId: seeds[0]!.id });
    }
    // Searched once (some terms decoded), then saved again: decoded and still packed terms both come back.
    // (MiniSearch drops a removed document's postings from the terms a search walks, which nudges BM25: both are searched alike.)
    original.search('coree ', {}, 20);
    await copy.searchAsync('coree ', {}, 20, readTexts);
    const again = restored(copy);
    for (const query of [...QUERIES, 'vladivostok', 'khabarovsk ', 'rencontre']) expect(await again.searchAsync(query, {}, 20, readTexts)).toEqual(original.search(query, {}, 20));
    expect(again.size).toBe(DOCS.length);
  });

  it('refuses parts of another format', () => {
    const parts = built().toParts();
    expect(() => SearchIndex.fromParts({ ...parts, format: 'verbatim-search/1' })).toThrow(/format/);
  });
});
