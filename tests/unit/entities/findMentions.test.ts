import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '@common/entities/findMentions';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { describeWithSteinheil } from '../../support/sharedCorpus';

const load = (p: string) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) });

describe('findMentions', () => {
  const rows: Array<{ name: string; text: string; aliases: string[]; expected: string[] }> = [
    { name: 'finds « Choe Son-hui » and « Choe Son Hui » with one alias', text: 'Choe Son-hui a vu Lavrov. Puis Choe Son Hui est partie.', aliases: ['Choe Son-hui'], expected: ['Choe Son-hui', 'Choe Son Hui'] },
    { name: 'ignores case and accents', text: 'SERGUEÏ LAVROV et Serguei Lavrov', aliases: ['Sergueï Lavrov'], expected: ['SERGUEÏ LAVROV', 'Serguei Lavrov'] },
    { name: 'treats ’ and \' alike', text: "l’armée et l'armée", aliases: ["l'armée"], expected: ['l’armée', "l'armée"] },
    { name: 'matches across no-break spaces', text: 'Kim\u00a0Jong\u202fUn', aliases: ['Kim Jong-un'], expected: ['Kim\u00a0Jong\u202fUn'] },
    { name: 'matches a dash where the alias has a hyphen', text: 'Kim Jong–un', aliases: ['Kim Jong-un'], expected: ['Kim Jong–un'] },
    { name: 'works on NFD text, accents included in the match', text: 'Se\u0301oul et Core\u0301e', aliases: ['Séoul', 'Corée'], expected: ['Se\u0301oul', 'Core\u0301e'] },
    { name: 'works with an NFD alias', text: 'Séoul', aliases: ['Se\u0301oul'], expected: ['Séoul'] },
    { name: 'keeps offsets after astral characters', text: '😀😀 Pyongyang 𝄞 Moscou', aliases: ['Pyongyang', 'Moscou'], expected: ['Pyongyang', 'Moscou'] },
    { name: 'matches only at word boundaries', text: 'Lavrovski et Lavrov', aliases: ['Lavrov'], expected: ['Lavrov'] },
    { name: 'matches after an elision', text: 'l’Ukraine et d’Ukraine', aliases: ['Ukraine'], expected: ['Ukraine', 'Ukraine'] },
    { name: 'prefers the longer alias when two overlap', text: 'Sergueï Lavrov', aliases: ['Lavrov', 'Sergueï Lavrov'], expected: ['Sergueï Lavrov'] },
    { name: 'prefers the longer alias even when the shorter starts first', text: 'Kim Jong-un', aliases: ['Kim Jong', 'Jong-un Kim', 'Jong-un'], expected: ['Kim Jong'] },
    { name: 'prefers the longest of overlapping aliases over an earlier, shorter one', text: 'on dit Kim Jong-un', aliases: ['dit Kim', 'Kim Jong-un'], expected: ['Kim Jong-un'] },
    { name: 'finds a name cut across a line break', text: 'Mme Stein-\nheil a parlé', aliases: ['Steinheil'], expected: ['Stein-\nheil'] },
    { name: 'finds nothing for an empty alias', text: 'a b', aliases: ['', '  '], expected: [] },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const mentions = findMentions([{ id: 's', text: r.text }], r.aliases);
      expect(mentions.map((m) => m.text)).toEqual(r.expected);
      for (const m of mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('tells which alias matched, as the user wrote it', () => {
    expect(findMentions([{ id: 's', text: 'Choe Son Hui' }], ['Choe Son-hui', 'choe son hui']).map((m) => m.alias)).toEqual(['Choe Son-hui']);
  });

  it('gives a snippet around the match that never cuts an astral character', () => {
    const text = `${'😀'.repeat(40)}Lavrov${'𝄞'.repeat(40)}`;
    const [m] = findMentions([{ id: 's', text }], ['Lavrov']);
    expect(m!.snippet.match).toBe('Lavrov');
    expect(m!.snippet.before).toMatch(/^(😀)+$/u);
    expect(m!.snippet.after).toMatch(/^(𝄞)+$/u);
  });

  it('sorts by source in the order given, then by position', () => {
    const mentions = findMentions([{ id: 'b', text: 'Moscou puis Pyongyang' }, { id: 'a', text: 'Pyongyang' }], ['Pyongyang', 'Moscou']);
    expect(mentions.map((m) => `${m.sourceId}:${m.start}`)).toEqual(['b:0', 'b:12', 'a:0']);
  });

  it('finds both spellings of Choe Son-hui across the seeds, each with its source', () => {
    const seeds = seedFiles().map(load);
    const mentions = findMentions(seeds, ['Choe Son-hui']);
    expect(new Set(mentions.map((m) => m.text))).toEqual(new Set(['Choe Son-hui', 'Choe Son Hui']));
    expect(new Set(mentions.map((m) => m.sourceId.slice(0, 3)))).toEqual(new Set(['000', '001', '003', '004']));
    for (const m of mentions) expect(seeds.find((s) => s.id === m.sourceId)!.text.slice(m.start, m.end)).toBe(m.text);
  });

  describeWithSteinheil('in the Steinheil OCR texts', () => {
    const steinheil = steinheilFiles().map(load);
    const mentions = findMentions(steinheil, ['Steinheil']);

    it('finds the name in every paper', () => expect(new Set(mentions.map((m) => m.sourceId)).size).toBe(steinheil.length));

    const spellings: Array<[string, string]> = [
      ['an OCR accent', 'Steinhéil'],
      ['a cut across a line break', 'Stein-\nheil'],
      ['a cut with a trailing space before the line break', 'Stein- \nheil'],
      ['capitals', 'STEINHEIL'],
    ];
    for (const [name, spelling] of spellings) it(`finds it with ${name} (« ${spelling.replace('\n', '\\n')} »)`, () => expect(mentions.map((m) => m.text)).toContain(spelling));

    it('maps every mention back to the exact original text', () => {
      for (const m of mentions) {
        expect(steinheil.find((s) => s.id === m.sourceId)!.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.text.replace(/-\s*\n\s*/, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('steinheil');
      }
    });
  });
});
