import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDoc } from '@common/search/searchIndex';

function indexOf(docs: readonly SearchDoc[]): SearchIndex {
  const index = new SearchIndex();
  for (const d of docs) index.add(d);
  return index;
}
const source = (id: string, text: string): SearchDoc => ({ kind: 'source', id, title: id, text });

/**
 * Each row: a query, documents, and the order a researcher expects (documents left out must not
 * match); a list inside the list is a set of equally good documents, in any order.
 */
const ROWS: Array<{ name: string; query: string; docs: SearchDoc[]; expected: Array<string | string[]> }> = [
  {
    name: 'words together in order first, then in another order, then same sentence, same paragraph, scattered',
    query: 'armée russe',
    docs: [
      source('scattered', 'L’armée avance.\nPlus loin, un diplomate russe parle.'),
      source('paragraph', 'L’armée avance. Un diplomate russe parle.'),
      source('sentence', 'L’armée avance vers le front, dit un diplomate russe.'),
      source('reversed', 'Le russe, armée de patience, attend.'),
      source('run', 'Les soldats de l’armée russe attendent.'),
    ],
    expected: ['run', 'reversed', 'sentence', 'paragraph', 'scattered'],
  },
  {
    name: 'a word spelled as typed before a word one typo away (« russe » is not « Russie »)',
    query: 'armée russe ',
    docs: [source('russie', 'L’armée de Russie avance.'), source('russe', 'L’armée avance; un officier russe.')],
    expected: ['russe', 'russie'],
  },
  {
    name: 'a name as a run first; « un » alone never makes a match',
    query: 'Kim Jong Un ',
    docs: [
      source('only-un', 'Un sommet et une rencontre aux États-Unis.'),
      source('apart', 'Kim a parlé. Plus tard, Jong est venu, un jour.'),
      source('hyphen', 'Le dirigeant Kim Jong-un a reçu une délégation.'),
      source('caps', 'KIM JONG UN À MOSCOU'),
    ],
    expected: [['hyphen', 'caps'], 'apart'],
  },
  {
    name: 'a document matching only the short words never matches',
    query: 'la son choe',
    docs: [source('son', 'La sœur et son frère.'), source('choe', 'Choe parle à la presse.')],
    expected: ['choe'],
  },
  {
    name: 'a hyphenated word as typed before its parts elsewhere (« nord-coréens » is not « Corée du Nord »)',
    query: 'nord-coréens',
    docs: [source('coree', 'La Corée du Nord, au nord de la Corée du Sud.'), source('nordcoreens', 'Des soldats nord-coréens et la Corée du Nord.')],
    expected: ['nordcoreens'],
  },
  {
    name: 'the word written as typed before other forms of it, however often they occur',
    query: 'nord-coréens',
    docs: [source('forms', 'Un soldat nord-coréen, des recrues nord-coréennes, un officier nord-coréen.'), source('typed', 'Des soldats nord-coréens arrivent.')],
    expected: ['typed', 'forms'],
  },
  {
    name: 'a date as a run before its words apart',
    query: '13 septembre',
    docs: [source('apart', 'Le 13 mai, puis en septembre.'), source('run', 'Arrivé le 13 septembre 2023 à Vladivostok.')],
    expected: ['run', 'apart'],
  },
  {
    name: 'a quoted phrase only where it is, in order',
    query: '« Corée du Nord »',
    docs: [source('reversed', 'Le Nord de la Corée.'), source('phrase', 'La Corée du Nord et la Russie.')],
    expected: ['phrase'],
  },
  {
    name: 'a word cut across a line by OCR, as one word',
    query: 'Steinheil',
    docs: [source('ocr', 'Mme Stein-\nheil a été entendue.'), source('other', 'Mme Japy a été entendue.')],
    expected: ['ocr'],
  },
];

describe('SearchIndex ranking', () => {
  for (const r of ROWS) {
    it(`ranks ${r.name}`, () => {
      const got = indexOf(r.docs).search(r.query).map((x) => x.id);
      const groups = r.expected.map((e) => (Array.isArray(e) ? e : [e]));
      let at = 0;
      const asGroups = groups.map((g) => got.slice(at, (at += g.length)).sort());
      expect(asGroups).toEqual(groups.map((g) => [...g].sort()));
      expect(got).toHaveLength(at);
    });
  }

  it('ranks a known actor’s name however it is written, its aliases marked as such', () => {
    const index = indexOf([
      { kind: 'entity', id: 'kim', title: 'Kim Jong Un', text: 'Kim Jong Un\nJong Un\nKim Jung-un' },
      source('alias', 'Le dirigeant Kim Jung-un a parlé.'),
      source('short', 'Jong Un est arrivé.'),
      source('name', 'Kim Jong-un à Moscou.'),
      source('none', 'Un sommet.'),
    ]);
    const results = index.search('kim jong un ', { kinds: ['source'] });
    expect(results.map((r) => r.id).sort()).toEqual(['alias', 'name', 'short']);
    expect(results[0]!.id).toBe('name');
    const marks = Object.fromEntries(results.map((r) => [r.id, r.snippet]));
    expect(marks['name']).toMatchObject({ match: 'Kim Jong-un' });
    expect(marks['name']!.alias).toBeUndefined();
    expect(marks['alias']).toMatchObject({ match: 'Kim Jung-un', alias: true });
    expect(marks['short']).toMatchObject({ match: 'Jong Un', alias: true });
  });
});

describe('SearchIndex marks', () => {
  const text = (doc: SearchDoc, query: string) => {
    const [r] = indexOf([doc]).search(query);
    return r ? r.hits.map((h) => doc.text.slice(h.start, h.end)) : null;
  };
  const ROWS_MARKS: Array<{ name: string; query: string; text: string; expected: string[] | null }> = [
    { name: 'a name as one run, every time it is written', query: 'Kim Jong Un', text: 'Kim Jong-un, puis KIM JONG UN; un autre Kim.', expected: ['Kim Jong-un', 'KIM JONG UN'] },
    { name: 'a phrase with its short words as one run', query: 'coree du nord', text: 'La Corée du Nord et le Nord.', expected: ['Corée du Nord'] },
    { name: 'words apart each on their own, never a lone stop word', query: 'choe son hui', text: 'Choe parle de son pays; Hui écoute.', expected: ['Choe', 'Hui'] },
    { name: 'a hyphenated name as one run, never the possessive « son »', query: 'choe son-hui', text: 'Choe Son Hui et son homologue; Choe Son-hui.', expected: ['Choe Son Hui', 'Choe Son-hui'] },
    { name: 'a hyphenated word only where its parts stand together', query: 'nord-coréens', text: 'La Corée du Nord et les soldats nord-coréens.', expected: ['nord-coréens'] },
    { name: 'a stop word only beside the words it belongs with', query: 'corée du sud', text: 'Le sud du pays; la Corée, du moins.', expected: ['sud', 'Corée'] },
    { name: 'nothing for a document missing a rare word', query: 'armée russe', text: 'Une armée.', expected: null },
    { name: 'a run across an OCR line break', query: 'madame Steinheil', text: 'Madame Stein-\nheil parle.', expected: ['Madame Stein-\nheil'] },
  ];
  for (const r of ROWS_MARKS) it(`marks ${r.name}`, () => expect(text(source('d', r.text), r.query)).toEqual(r.expected));

  it('lands on the best-ranked run, not the first word', () => {
    const doc = source('d', 'La Russie et son armée. Plus loin: l’armée russe avance.');
    const [r] = indexOf([doc]).search('armée russe');
    expect(doc.text.slice(r!.hits[r!.best]!.start, r!.hits[r!.best]!.end)).toBe('armée russe');
    expect(r!.snippet.match).toBe('armée russe');
  });
});
