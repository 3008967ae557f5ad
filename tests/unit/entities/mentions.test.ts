import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from '@common/entities/findMentions';
import { suggestAliases } from '@common/entities/suggestAliases';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';

const load = (p: string) => ({ id: basename(p), text: normalizeSourceText(readFileSync(p, 'utf8')) });
const seeds = seedFiles().map(load);
const steinheil = steinheilFiles().map(load);

describe('findMentions', () => {
  const rows: Array<{ name: string; text: string; aliases: string[]; expected: string[] }> = [
    { name: 'finds both spellings of Choe Son-hui', text: 'Choe Son-hui a vu Lavrov. Puis Choe Son Hui est partie.', aliases: ['Choe Son-hui'], expected: ['Choe Son-hui', 'Choe Son Hui'] },
    { name: 'ignores case and accents', text: 'SERGUEÏ LAVROV et Serguei Lavrov', aliases: ['Sergueï Lavrov'], expected: ['SERGUEÏ LAVROV', 'Serguei Lavrov'] },
    { name: 'treats ’ and \' alike', text: "l’armée et l'armée", aliases: ['l\'armée'], expected: ['l’armée', "l'armée"] },
    { name: 'matches across no-break spaces', text: 'Kim\u00a0Jong\u00a0Un', aliases: ['Kim Jong-un'], expected: ['Kim\u00a0Jong\u00a0Un'] },
    { name: 'works on NFD text', text: 'Se\u0301oul', aliases: ['Séoul'], expected: ['Se\u0301oul'] },
    { name: 'keeps offsets after astral characters', text: '😀😀 Pyongyang 𝄞 Moscou', aliases: ['Pyongyang', 'Moscou'], expected: ['Pyongyang', 'Moscou'] },
    { name: 'only at word boundaries', text: 'Lavrovski et Lavrov', aliases: ['Lavrov'], expected: ['Lavrov'] },
    { name: 'prefers the longer alias when they overlap', text: 'Sergueï Lavrov', aliases: ['Lavrov', 'Sergueï Lavrov'], expected: ['Sergueï Lavrov'] },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const mentions = findMentions([{ id: 's', text: r.text }], r.aliases);
      expect(mentions.map((m) => m.text)).toEqual(r.expected);
      for (const m of mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('finds every spelling of Choe Son-hui across the seeds, with its source', () => {
    const mentions = findMentions(seeds, ['Choe Son-hui', 'Choe Son Hui']);
    const spellings = new Set(mentions.map((m) => m.text));
    expect(spellings).toEqual(new Set(['Choe Son-hui', 'Choe Son Hui']));
    expect(new Set(mentions.map((m) => m.sourceId.slice(0, 3)))).toEqual(new Set(['000', '001', '003', '004']));
  });

  it('finds Steinheil in the OCR texts, however broken', () => {
    const mentions = findMentions(steinheil, ['Steinheil']);
    expect(mentions.length).toBeGreaterThan(20);
    expect(mentions.some((m) => m.text.includes('\n'))).toBe(true);
    for (const m of mentions) expect(m.text.replace(/-\s*\n\s*/, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('steinheil');
  });
});

describe('suggestAliases', () => {
  it('offers « Kim Jung-un » for Kim Jong-un, and not the spellings already found', () => {
    const suggestions = suggestAliases(seeds, ['Kim Jong-un', 'Kim Jong Un']);
    expect(suggestions.map((s) => s.spelling)).toContain('Kim Jung-un');
    expect(suggestions.map((s) => s.spelling)).not.toContain('Kim Jong Un');
    const jung = suggestions.find((s) => s.spelling === 'Kim Jung-un')!;
    for (const o of jung.occurrences) expect(seeds.find((s) => s.id === o.sourceId)!.text.slice(o.start, o.end)).toBe('Kim Jung-un');
  });

  it('offers a spacing variant', () => {
    expect(suggestAliases([{ id: 'a', text: 'La ministre Choe Sonhui a parlé.' }], ['Choe Son-hui']).map((s) => s.spelling)).toEqual(['Choe Sonhui']);
  });

  it('offers OCR variants of Steinheil', () => {
    const spellings = suggestAliases(steinheil, ['Steinheil']).map((s) => s.spelling);
    expect(spellings.length).toBeGreaterThan(0);
  });
});
