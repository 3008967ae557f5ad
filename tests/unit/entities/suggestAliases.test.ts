import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestAliases } from '@common/entities/suggestAliases';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { itWithSteinheil } from '../../support/sharedCorpus';

const load = (p: string) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) });

describe('suggestAliases', () => {
  const rows: Array<{ name: string; text: string; entity: { name: string; aliases: string[] }; expected: string[] }> = [
    { name: 'offers a spelling one letter away', text: 'Kim Jung-un a parlé.', entity: { name: 'Kim Jong-un', aliases: [] }, expected: ['Kim Jung-un'] },
    { name: 'offers a spacing variant', text: 'La ministre Choe Sonhui a parlé.', entity: { name: 'Choe Son-hui', aliases: [] }, expected: ['Choe Sonhui'] },
    { name: 'offers a spelling with one word more', text: 'Choe Son Hui est là.', entity: { name: 'Choe Sonhui', aliases: [] }, expected: ['Choe Son Hui'] },
    { name: 'offers a spelling with one word fewer', text: 'Ri Sonhui est là.', entity: { name: 'Ri Son Hui', aliases: [] }, expected: ['Ri Sonhui'] },
    { name: 'offers a variant of a short name only when it differs by spacing', text: 'Riil et Ri Ol', entity: { name: 'Ri Il', aliases: [] }, expected: ['Riil'] },
    { name: 'does not offer a spelling the aliases already find', text: 'Kim Jong Un et KIM JONG-UN', entity: { name: 'Kim Jong-un', aliases: [] }, expected: [] },
    { name: 'does not offer a known mention with a word glued before it', text: 'a Kim Jong-un', entity: { name: 'Kim Jong-un', aliases: [] }, expected: [] },
    { name: 'does not offer a lower-case word for a capitalized name', text: 'la Russie et le peuple russe', entity: { name: 'Russie', aliases: [] }, expected: [] },
    { name: 'does not join words across punctuation', text: 'Kim, Jong-un', entity: { name: 'Kim Jong-un', aliases: [] }, expected: [] },
    { name: 'takes the name as a known spelling too', text: 'Lavrov et Lavrof', entity: { name: 'Lavrof', aliases: ['Lavrov'] }, expected: [] },
    { name: 'writes a spelling cut across a line break as one word', text: 'Mme Stein-\nhoil', entity: { name: 'Steinheil', aliases: [] }, expected: ['Steinhoil'] },
  ];
  for (const r of rows) it(r.name, () => expect(suggestAliases([{ id: 's', text: r.text }], r.entity).map((s) => s.spelling)).toEqual(r.expected));

  it('still accepts a bare list of aliases', () => {
    expect(suggestAliases([{ id: 's', text: 'Kim Jung-un' }], ['Kim Jong-un']).map((s) => s.spelling)).toEqual(['Kim Jung-un']);
  });

  it('counts occurrences and groups spellings that fold alike', () => {
    const [s] = suggestAliases([{ id: 'a', text: 'Kim Jung-un, puis Kim Jung Un' }, { id: 'b', text: 'KIM JUNG-UN' }], { name: 'Kim Jong-un', aliases: [] });
    expect(s).toMatchObject({ spelling: 'Kim Jung-un', count: 3, like: 'Kim Jong-un' });
    expect(s!.occurrences.map((o) => o.sourceId)).toEqual(['a', 'a', 'b']);
  });

  it('offers « Kim Jung-un » for Kim Jong-un in the seeds, with exact occurrences, and not the spellings already found', () => {
    const seeds = seedFiles().map(load);
    const suggestions = suggestAliases(seeds, { name: 'Kim Jong-un', aliases: [] });
    expect(suggestions.map((s) => s.spelling)).toEqual(['Kim Jung-un']);
    for (const o of suggestions[0]!.occurrences) expect(seeds.find((s) => s.id === o.sourceId)!.text.slice(o.start, o.end)).toBe('Kim Jung-un');
  });

  itWithSteinheil('offers OCR variants of Steinheil, each pointing at the exact original text', () => {
    const steinheil = steinheilFiles().map(load);
    const suggestions = suggestAliases(steinheil, { name: 'Steinheil', aliases: ['Mme Steinheil'] });
    expect(suggestions.map((s) => s.spelling)).toEqual(expect.arrayContaining(['Steinhoil', 'Steinhel']));
    expect(suggestions.map((s) => s.spelling)).not.toContain('Steinhéil');
    for (const s of suggestions) for (const o of s.occurrences) expect(steinheil.find((x) => x.id === o.sourceId)!.text.slice(o.start, o.end).replace(/-\s*\n\s*/, '')).toBe(s.spelling);
  });
});
