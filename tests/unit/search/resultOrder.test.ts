import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@common/search/searchIndex';
import { groupResults } from '../../../renderer/src/search/resultOrder';

const result = (kind: SearchResult['kind'], id: string): SearchResult => ({ kind, id, title: id, score: 0, hits: [], best: 0, snippet: { before: '', match: '', after: '' } });

describe('groupResults', () => {
  it('puts first the group of the best result, so what is shown first is what Enter opens', () => {
    const groups = groupResults([result('note', 'n1'), result('source', 's1'), result('note', 'n2'), result('passage', 'p1')]);
    expect(groups.map((g) => [g.label, g.results.map((r) => r.id)])).toEqual([
      ['Notes', ['n1', 'n2']],
      ['Sources', ['s1']],
      ['Passages', ['p1']],
    ]);
  });
});
