import { describe, expect, it } from 'vitest';
import { aliasTable, planQuery, type QueryUnit } from '@common/search/queryPlan';
import { isWeakTerm } from '@common/search/stopWords';

/** A unit written short: word:term (+weak, +prefix), name:typed, phrase:folded. */
function short(u: QueryUnit): string {
  if (u.kind === 'word') return `word:${u.term}${u.weak ? '+weak' : ''}${u.prefix ? '+prefix' : ''}`;
  if (u.kind === 'name') return `name:${u.typed}${u.prefix ? '+prefix' : ''}${u.spellings.some((s) => s.alias) ? `+${u.spellings.length - 1} aliases` : ''}`;
  return `phrase:${u.folded}`;
}

describe('planQuery', () => {
  const aliases = aliasTable([{ name: 'Kim Jong Un', aliases: ['Kim Jong-un', 'Jong Un', 'Kim Jung-un'] }]);
  const rows: Array<{ query: string; expected: string[]; required: number[] }> = [
    { query: 'Kim Jong Un ', expected: ['word:kim', 'word:jong', 'word:un+weak'], required: [0, 1] },
    { query: 'armée russe', expected: ['word:armee', 'word:russe+prefix'], required: [0, 1] },
    { query: 'nord-coréens ', expected: ['name:nord coreen'], required: [0] },
    { query: 'choe son-hui', expected: ['word:choe', 'name:son hui+prefix'], required: [0, 1] },
    { query: '« Corée du Nord » 1908 ', expected: ['phrase:coree du nord', 'word:1908'], required: [0, 1] },
    { query: '"l’armée russe', expected: ['phrase:l\'armee russe'], required: [0] },
    { query: 'la son du ', expected: ['word:la+weak', 'word:son+weak', 'word:du+weak'], required: [0, 1, 2] },
    { query: '13 septembre ', expected: ['word:13', 'word:septembre'], required: [0, 1] },
  ];
  for (const r of rows) {
    it(`reads « ${r.query.trim()} » as ${r.expected.join(', ')}`, () => {
      const plan = planQuery(r.query);
      expect(plan.units.map(short)).toEqual(r.expected);
      expect(plan.required).toEqual(r.required);
    });
  }

  it('takes a known actor’s spelling as a name with all its spellings', () => {
    expect(planQuery('kim jong un armée ', aliases).units.map(short)).toEqual(['name:kim jong un+2 aliases', 'word:armee']);
    expect(planQuery('Jong Un ', aliases).units.map(short)).toEqual(['name:jong un+2 aliases']);
  });
});

describe('isWeakTerm', () => {
  const rows: Array<[string, boolean]> = [['un', true], ['du', true], ['son', true], ['leur', true], ['x', true], ['13', false], ['kim', false], ['russe', false], ['armee', false]];
  for (const [term, weak] of rows) it(`calls « ${term} » ${weak ? 'weak' : 'strong'}`, () => expect(isWeakTerm(term)).toBe(weak));
});
