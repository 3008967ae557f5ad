import { describe, expect, it } from 'vitest';
import { citationKeys, type KeyedSource } from '@common/export/citationKey';
import { toCslItem } from '@common/export/cslJson';
import { cslToBibtex } from '@common/export/bibtex';
import { pandocCitation } from '@common/export/footnoteText';

const src = (id: string, importedAt: string, more: Partial<KeyedSource> = {}): KeyedSource => ({ id, title: 'La Corée du Nord', importedAt, year: '2024', ...more });

describe('citation keys', () => {
  const rows: Array<{ name: string; sources: KeyedSource[]; expected: Record<string, string> }> = [
    { name: 'come from the outlet and the year, accents and spaces dropped', sources: [src('a', '1', { outlet: 'Ouest-France' })], expected: { a: 'ouestfrance2024a' } },
    { name: 'take letters in the order sources entered the notebook', sources: [src('b', '2', { outlet: 'Ouest-France' }), src('a', '1', { outlet: 'Ouest-France' })], expected: { a: 'ouestfrance2024a', b: 'ouestfrance2024b' } },
    { name: 'fall back on the first author’s last name', sources: [src('a', '1', { authors: ['Jean Dupont'] })], expected: { a: 'dupont2024a' } },
    { name: 'then on the title’s first real word', sources: [src('a', '1', { title: 'Le Figaro dit' })], expected: { a: 'figaro2024a' } },
    { name: 'say nd without a year', sources: [src('a', '1', { outlet: 'Le Monde', year: null })], expected: { a: 'lemondenda' } },
    { name: 'start with a letter even for an outlet that starts with a digit', sources: [src('a', '1', { outlet: '20 Minutes' })], expected: { a: 's20minutes2024a' } },
  ];
  for (const row of rows) it(row.name, () => expect(Object.fromEntries(citationKeys(row.sources))).toEqual(row.expected));
});

describe('CSL-JSON and BibTeX', () => {
  const item = toCslItem({
    key: 'ouestfrance2024a',
    title: 'La Corée du Nord sera aux côtés de la Russie',
    date: { iso: '2024-11-01', precision: 'day' },
    language: 'fr',
    meta: { type: 'article-newspaper', outlet: 'Ouest-France', authors: ['AFP', 'Jean Dupont'], url: 'https://www.ouest-france.fr/a_b', accessed: '2024-11-02', pages: '3' },
  });

  it('writes every known field under its CSL name', () => {
    expect(item).toEqual({
      id: 'ouestfrance2024a',
      'citation-key': 'ouestfrance2024a',
      type: 'article-newspaper',
      title: 'La Corée du Nord sera aux côtés de la Russie',
      'container-title': 'Ouest-France',
      author: [{ literal: 'AFP' }, { family: 'Dupont', given: 'Jean' }],
      issued: { 'date-parts': [[2024, 11, 1]] },
      URL: 'https://www.ouest-france.fr/a_b',
      accessed: { 'date-parts': [[2024, 11, 2]] },
      language: 'fr',
      page: '3',
    });
  });

  it('leaves out what a source does not say, and a month-precise date keeps its precision', () => {
    expect(toCslItem({ key: 'k', title: 'T', date: { iso: '2024-11', precision: 'month' }, language: '' })).toEqual({ id: 'k', 'citation-key': 'k', type: 'document', title: 'T', issued: { 'date-parts': [[2024, 11]] } });
  });

  it('becomes BibTeX through citation.js with the same key', () => {
    const bib = cslToBibtex([item]);
    expect(bib).toMatch(/^@article\{ouestfrance2024a,/);
    expect(bib).toContain('journal = {Ouest-France}');
    expect(bib).toContain('author = {{AFP} and Dupont, Jean}');
    expect(bib).toContain('year = {2024}');
  });
});

describe('pandoc citations', () => {
  const rows: Array<[string, string, string | undefined, string]> = [
    ['a key alone', 'ouestfrance2024a', undefined, '[@ouestfrance2024a]'],
    ['a page', 'ouestfrance2024a', '3', '[@ouestfrance2024a, p. 3]'],
    ['a page range', 'lemonde2024b', '3-4', '[@lemonde2024b, pp. 3-4]'],
    ['pages holding brackets, which cannot close the citation', 'k', '3]; [@evil', '[@k, p. 3 evil]'],
  ];
  for (const [name, key, pages, expected] of rows) it(`writes ${name}`, () => expect(pandocCitation(key, pages)).toBe(expected));
});
