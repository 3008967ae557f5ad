import { describe, expect, it } from 'vitest';
import { findFolded, foldForMatching, foldTerm, originalSpan } from '@common/text/fold';

describe('foldForMatching', () => {
  const rows: Array<{ name: string; input: string; expected: string }> = [
    { name: 'folds case and accents', input: 'Corée du Nord', expected: 'coree du nord' },
    { name: 'folds accents in NFD text', input: 'Core\u0301e', expected: 'coree' },
    { name: 'treats every apostrophe style alike', input: 'l’armée l\'armée lʼarmée l`armée', expected: "l'armee l'armee l'armee l'armee" },
    { name: 'turns hyphens and dashes into spaces', input: 'Son-hui Son‐hui Son–hui Son—hui', expected: 'son hui son hui son hui son hui' },
    { name: 'turns no-break and thin spaces into spaces', input: 'Kim\u00a0Jong\u202fun\u2009a', expected: 'kim jong un a' },
    { name: 'collapses runs of white space and hyphens into one space', input: 'a \n\n\t b - - c', expected: 'a b c' },
    { name: 'unfolds ligatures and letters NFD leaves alone', input: 'Œuvre cœur Ærø Straße Łódź', expected: 'oeuvre coeur aero strasse lodz' },
    { name: 'unfolds compatibility forms', input: 'ﬁlm Mᵐᵉ', expected: 'film mme' },
    { name: 'drops soft hyphens and zero-width characters', input: 'Stein\u00adheil Stein\u200bheil', expected: 'steinheil steinheil' },
    { name: 'joins a word cut by a hyphen at a line break', input: 'Stein-\nheil et Stein- \n heil', expected: 'steinheil et steinheil' },
    { name: 'joins a cut word in upper-case text', input: 'STEIN-\nHEIL', expected: 'steinheil' },
    { name: 'keeps a real hyphen before a capital on the next line', input: 'Choe Son-\nHui', expected: 'choe son hui' },
    { name: 'keeps a hyphen after a non-letter as a separator', input: '1908 -\nParis', expected: '1908 paris' },
    { name: 'keeps a hyphen before a blank line as a separator', input: 'fin-\n\nDébut', expected: 'fin debut' },
    { name: 'leaves astral characters as they are', input: '😀 Séoul 𝄞', expected: '😀 seoul 𝄞' },
  ];
  for (const r of rows) it(r.name, () => expect(foldForMatching(r.input).folded).toBe(r.expected));

  const spans: Array<{ name: string; text: string; folded: string; original: string }> = [
    { name: 'maps a word cut across a line break back to both halves', text: 'Mme Stein-\nheil, dit-il', folded: 'steinheil', original: 'Stein-\nheil' },
    { name: 'maps a match after astral characters back without a shift', text: '😀😀 𝄞 Pyongyang', folded: 'pyongyang', original: 'Pyongyang' },
    { name: 'keeps the accent of an NFD letter at the end of a match', text: 'à Core\u0301 !', folded: 'core', original: 'Core\u0301' },
    { name: 'keeps an NFD accent inside a match', text: 'Se\u0301oul', folded: 'seoul', original: 'Se\u0301oul' },
    { name: 'maps a no-break space to itself', text: 'Kim\u00a0Jong-un', folded: 'kim jong un', original: 'Kim\u00a0Jong-un' },
    { name: 'maps a ligature expanded to two letters to the one original', text: 'le cœur', folded: 'coeur', original: 'cœur' },
    { name: 'maps a folded space to the whole run it stands for', text: 'a \u00a0 - b', folded: 'a b', original: 'a \u00a0 - b' },
  ];
  for (const r of spans) {
    it(r.name, () => {
      const f = foldForMatching(r.text);
      const at = f.folded.indexOf(r.folded);
      expect(at).toBeGreaterThanOrEqual(0);
      const { start, end } = originalSpan(f, at, at + r.folded.length);
      expect(r.text.slice(start, end)).toBe(r.original);
    });
  }

  it('keeps one start and one end per folded code unit', () => {
    const f = foldForMatching('Œ 😀 Corée');
    expect(f.starts.length).toBe(f.folded.length);
    expect(f.ends.length).toBe(f.folded.length);
  });

  it('maps an empty range to the position it stands at', () => {
    const f = foldForMatching('ab');
    expect(originalSpan(f, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(originalSpan(f, 2, 2)).toEqual({ start: 2, end: 2 });
  });
});

describe('foldTerm', () => {
  const rows: Array<[string, string]> = [
    ['  Kim Jong-Un ', 'kim jong un'],
    ['Choe\u00a0Son‑hui', 'choe son hui'],
    ['L’Humanité', "l'humanite"],
  ];
  for (const [input, expected] of rows) it(`folds « ${input} » like a text`, () => expect(foldTerm(input)).toBe(expected));
});

describe('findFolded', () => {
  const rows: Array<{ name: string; text: string; needle: string; expected: string[] }> = [
    { name: 'finds a needle at word boundaries only', text: 'Lavrovski et Lavrov', needle: 'lavrov', expected: ['Lavrov'] },
    { name: 'finds a word after an elision', text: 'l’armée', needle: 'armee', expected: ['armée'] },
    { name: 'finds every occurrence', text: 'Corée, corée et COREE', needle: 'coree', expected: ['Corée', 'corée', 'COREE'] },
    { name: 'does not stop inside an astral letter', text: '𝐀 Moscou', needle: 'moscou', expected: ['Moscou'] },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const f = foldForMatching(r.text);
      expect(findFolded(f, r.needle).map(({ from, to }) => originalSpan(f, from, to)).map((s) => r.text.slice(s.start, s.end))).toEqual(r.expected);
    });
  }
});
