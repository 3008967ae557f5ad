import { describe, expect, it } from 'vitest';
import { citeLabel, citeLabels, type CitableSource } from '@common/source/citeLabel';

function src(id: string, title: string, extra: { iso?: string; outlet?: string; fileName?: string } = {}): CitableSource {
  const precision = !extra.iso ? null : extra.iso.length === 10 ? 'day' : extra.iso.length === 7 ? 'month' : 'year';
  return {
    id,
    title,
    fileName: extra.fileName ?? `${id}.txt`,
    date: extra.iso && precision ? { iso: extra.iso, precision } : null,
    ...(extra.outlet ? { meta: { outlet: extra.outlet } } : {}),
  };
}

const rows: ReadonlyArray<{ name: string; source: CitableSource; others: CitableSource[]; expected: string }> = [
  { name: 'an outlet and a day read « outlet, day month year »', source: src('a', 'Le maire démissionne', { iso: '2024-11-01', outlet: 'Ouest-France' }), others: [], expected: 'Ouest-France, 1 Nov 2024' },
  { name: 'a month-precise date stays a month', source: src('a', 'X', { iso: '2024-03', outlet: 'Le Figaro' }), others: [], expected: 'Le Figaro, Mar 2024' },
  { name: 'an outlet without a date is the outlet alone', source: src('a', 'X', { outlet: 'AFP' }), others: [], expected: 'AFP' },
  { name: 'no outlet gives the title, even with a date', source: src('a', 'Compte rendu du conseil', { iso: '2024-11-01' }), others: [], expected: 'Compte rendu du conseil' },
  { name: 'a blank outlet counts as none', source: src('a', 'Lettre', { outlet: '  ' }), others: [], expected: 'Lettre' },
  {
    name: 'same titles are told apart by date first',
    source: src('a', 'Lettre', { iso: '1894-10-15' }),
    others: [src('b', 'Lettre', { iso: '1894-11-02' })],
    expected: 'Lettre (15 Oct 1894)',
  },
  {
    name: 'same titles and same outlet and date are told apart by file name',
    source: src('a', 'Lettre', { iso: '1894', fileName: 'lettre-a.txt' }),
    others: [src('b', 'Lettre', { iso: '1894', fileName: 'lettre-b.txt' })],
    expected: 'Lettre (lettre-a.txt)',
  },
  {
    name: 'same outlet and day are told apart by file name',
    source: src('a', 'Un', { iso: '2024-11-01', outlet: 'Ouest-France', fileName: 'of-1.txt' }),
    others: [src('b', 'Deux', { iso: '2024-11-01', outlet: 'Ouest-France', fileName: 'of-2.txt' })],
    expected: 'Ouest-France, 1 Nov 2024 (of-1.txt)',
  },
  {
    name: 'a date that only some rivals share narrows, then the file name finishes',
    source: src('a', 'Lettre', { iso: '1894', fileName: 'a.txt' }),
    others: [src('b', 'Lettre', { iso: '1894', fileName: 'b.txt' }), src('c', 'Lettre', { iso: '1895', fileName: 'c.txt' })],
    expected: 'Lettre (1894, a.txt)',
  },
  { name: 'a differently named source changes nothing', source: src('a', 'Lettre', { iso: '1894' }), others: [src('b', 'Rapport', { iso: '1894' })], expected: 'Lettre' },
];

describe('citeLabel', () => {
  for (const row of rows) {
    it(row.name, () => {
      expect(citeLabel(row.source, [row.source, ...row.others])).toBe(row.expected);
    });
    it(`${row.name} (all labels at once agree)`, () => {
      expect(citeLabels([row.source, ...row.others]).get(row.source.id)).toBe(row.expected);
    });
  }

  it('an outlet that another same-titled source lacks tells them apart', () => {
    // Both have the title as base only if neither has an outlet, so here the outlet gives different bases.
    const a = src('a', 'Lettre', { outlet: 'Le Temps' });
    const b = src('b', 'Lettre');
    expect([citeLabel(a, [a, b]), citeLabel(b, [a, b])]).toEqual(['Le Temps', 'Lettre']);
  });
});
