import { describe, expect, it } from 'vitest';
import { FEMININE_RULES, PLURAL_RULES, stem, terms, tokenize } from '@common/search/analyzer';

describe('tokenize', () => {
  const rows: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'folds case and accents', text: 'Corée CORÉE coree', expected: ['coree', 'coree', 'coree'] },
    { name: 'reads NFD text', text: 'Core\u0301e', expected: ['coree'] },
    { name: 'drops elisions with either apostrophe', text: "l’armée d'armée qu’il jusqu’à lorsqu'on puisqu’elle n’a s’est j’ai c’est m’a t’a", expected: ['armee', 'armee', 'il', 'a', 'on', 'elle', 'a', 'est', 'ai', 'est', 'a', 'a'] },
    { name: 'keeps a word whose apostrophe is not an elision', text: 'aujourd’hui', expected: ['aujourdhui'] },
    { name: 'splits hyphenated words into parts', text: 'Choe Son-hui nord–coréen', expected: ['choe', 'son', 'hui', 'nord', 'coreen'] },
    { name: 'splits at no-break and thin spaces', text: 'Kim\u00a0Jong\u202fUn\u2009!', expected: ['kim', 'jong', 'un'] },
    { name: 'stems French plurals', text: 'soldats chevaux journaux bateaux', expected: ['soldat', 'cheval', 'journal', 'bateau'] },
    { name: 'stems English plurals', text: 'troops missiles', expected: ['troop', 'missile'] },
    { name: 'brings Coréens, coréenne and nord-coréennes to one stem', text: 'Coréens coréenne nord-coréennes coréen', expected: ['coreen', 'coreen', 'nord', 'coreen', 'coreen'] },
    { name: 'leaves words in -eux alone', text: 'deux heureux mieux', expected: ['deux', 'heureux', 'mieux'] },
    { name: 'keeps words that only look plural', text: 'Lavrov mais Moscou Paris plus', expected: ['lavrov', 'mais', 'moscou', 'paris', 'plus'] },
    { name: 'keeps « armée » apart from « arme »', text: 'armée arme', expected: ['armee', 'arme'] },
    { name: 'leaves numbers alone', text: '1908 G7s', expected: ['1908', 'g7s'] },
    { name: 'joins a word cut across a line break', text: 'Mme Stein-\nheil', expected: ['mme', 'steinheil'] },
  ];
  for (const r of rows) it(r.name, () => expect(tokenize(r.text).map((t) => t.term)).toEqual(r.expected));

  const spans: Array<{ name: string; text: string; expected: string[] }> = [
    { name: 'in plain text', text: 'Les soldats de Corée', expected: ['Les', 'soldats', 'de', 'Corée'] },
    { name: 'without the elided article', text: 'l’armée d\'Ukraine', expected: ['armée', 'Ukraine'] },
    { name: 'after astral characters', text: '😀😀 Pyongyang 𝄞 Moscou', expected: ['Pyongyang', 'Moscou'] },
    { name: 'in NFD text, accents included', text: 'Core\u0301e et Se\u0301oul', expected: ['Core\u0301e', 'et', 'Se\u0301oul'] },
    { name: 'across a line-break hyphenation', text: 'Mme Stein-\nheil', expected: ['Mme', 'Stein-\nheil'] },
    { name: 'in hyphenated names', text: 'Choe Son-hui', expected: ['Choe', 'Son', 'hui'] },
    { name: 'with ligatures', text: 'le cœur', expected: ['le', 'cœur'] },
  ];
  for (const r of spans) it(`maps every token back to its exact original span ${r.name}`, () => expect(tokenize(r.text).map((t) => r.text.slice(t.start, t.end))).toEqual(r.expected));
});

describe('stem', () => {
  for (const rule of [...PLURAL_RULES, ...FEMININE_RULES]) {
    for (const [word, expected] of rule.examples) it(`stems « ${word} » to « ${expected} » as documented`, () => expect(stem(word)).toBe(expected));
  }
});

describe('terms', () => {
  it('gives the same terms as tokenize, without the offsets', () => {
    const text = 'L’armée nord-coréenne, 😀 Core\u0301e et Mme Stein-\nheil';
    expect(terms(text)).toEqual(tokenize(text).map((t) => t.term));
  });
});
