import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorPassage, describePassage, fromCodePointRange, MIN_ANCHOR_SCORE, reanchorPassage, snapSelection, toCodePointRange, type PassageQuery } from '@common/anchor';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { itWithSteinheil, steinheilRows } from '../../support/sharedCorpus';

const ESSENTIEL = normalizeSourceText(readFileSync(seedFiles()[3]!, 'utf8'));
const cut = (text: string, phrase: string, from = 0) => {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`not in text: ${phrase}`);
  return describePassage(text, start, start + phrase.length);
};

describe('describePassage', () => {
  it('keeps the exact text and 32 characters of context on each side', () => {
    const s = cut(ESSENTIEL, 'Sergueï Lavrov');
    expect(s.exact).toBe('Sergueï Lavrov');
    expect(s.prefix).toHaveLength(32);
    expect(ESSENTIEL.slice(s.start - 32, s.end + 32)).toBe(s.prefix + s.exact + s.suffix);
  });
  it('shortens context at the very start and end of the text', () => {
    expect(describePassage('abc', 0, 3)).toEqual({ exact: 'abc', prefix: '', suffix: '', start: 0, end: 3 });
  });
  it('never cuts an emoji in the context', () => {
    const text = `😀${'a'.repeat(31)}QUOTE`;
    expect(describePassage(text, 33, 38).prefix).toBe(`😀${'a'.repeat(31)}`);
  });
  it('refuses a range outside the text', () => {
    expect(() => describePassage('abc', 2, 5)).toThrow(RangeError);
  });
});

describe('anchorPassage', () => {
  const quote = 'a rencontré son homologue russe Sergueï Lavrov';
  const base = cut(ESSENTIEL, quote);
  const rows: Array<{ name: string; text: string; selector?: PassageQuery; expected: { method: string; exactText?: string } | null }> = [
    { name: 'finds an unchanged passage at its stored position', text: ESSENTIEL, expected: { method: 'position', exactText: quote } },
    { name: 'finds the quote after text was inserted before it', text: `Un ajout.\n${ESSENTIEL}`, expected: { method: 'exact', exactText: quote } },
    // Its subject is gone: the same words, but not backed by their context on both sides, so reviewed.
    { name: 'offers a quote whose context before it was deleted for review', text: ESSENTIEL.replace('La ministre nord-coréenne des Affaires étrangères Choe Son Hui ', ''), expected: { method: 'fuzzy', exactText: quote } },
    { name: 'finds a quote with one word changed inside, approximately', text: ESSENTIEL.replace('homologue russe Sergueï', 'homologue russe, Sergueï'), expected: { method: 'fuzzy', exactText: 'a rencontré son homologue russe, Sergueï Lavrov' } },
    {
      name: 'finds a quote whose apostrophes changed style',
      selector: cut(ESSENTIEL, 'Sergueï Lavrov lors d’un voyage'),
      text: ESSENTIEL.replace('Lavrov lors d’un voyage', "Lavrov lors d'un voyage"),
      expected: { method: 'fuzzy', exactText: "Sergueï Lavrov lors d'un voyage" },
    },
    { name: 'returns null on unrelated text', text: 'Le chat dort sur le canapé depuis ce matin, sans bouger du tout.', expected: null },
    { name: 'returns null on empty text', text: '', expected: null },
    { name: 'returns null for an empty quote', text: ESSENTIEL, selector: { ...base, exact: '', end: base.start }, expected: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const found = anchorPassage(row.text, row.selector ?? base);
      if (row.expected === null) return expect(found).toBeNull();
      expect(found?.method).toBe(row.expected.method);
      if (row.expected.exactText) expect(row.text.slice(found!.start, found!.end)).toBe(row.expected.exactText);
      if (found!.method === 'fuzzy') expect(found!.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
      else expect(found!.score).toBe(1);
    });
  }

  it('tells repeated quotes apart by their context', () => {
    const text = 'Le ministre a parlé. Moscou a répondu.\nPuis le président a parlé. Pékin a répondu.';
    const second = cut(text, 'a parlé', text.indexOf('président'));
    const shifted = `Intro. ${text}`;
    const found = anchorPassage(shifted, second)!;
    expect(found.method).toBe('exact');
    expect(shifted.slice(found.start - 10, found.start)).toBe('président ');
  });

  it('tells identical repeats apart by nearness to the old position', () => {
    const text = 'x y z. '.repeat(20);
    const selector = describePassage(text, 70, 75);
    const found = anchorPassage(` ${text}`, { ...selector, prefix: '', suffix: '' })!;
    expect(found.start).toBe(71);
  });

  it('handles French typography: no-break spaces and curly apostrophes in the quote', () => {
    const text = 'Il a dit\u00a0: «\u00a0l’armée avance\u00a0» hier.';
    const selector = cut(text, '«\u00a0l’armée avance\u00a0»');
    expect(anchorPassage(`Avant. ${text}`, selector)?.method).toBe('exact');
  });

  it('handles astral characters before and inside the quote', () => {
    const text = '😀😀 Voici 🇫🇷 la Corée 𝄞 du Nord.';
    const selector = cut(text, 'la Corée 𝄞 du');
    const found = anchorPassage(`🎉${text}`, selector)!;
    expect(`🎉${text}`.slice(found.start, found.end)).toBe('la Corée 𝄞 du');
  });

  it('anchors quotes at the very start and very end of the text', () => {
    const text = 'Début du texte, milieu, fin du texte';
    expect(anchorPassage(`${text}.`, cut(text, 'Début'))).toMatchObject({ start: 0, method: 'position' });
    // At the very start, the text's edge is its context before: a changed suffix alone does not send it to review.
    expect(anchorPassage(text.replace('du texte, milieu', 'de la copie'), cut(text, 'Début'))).toMatchObject({ start: 0, method: 'position' });
    const end = cut(text, 'fin du texte');
    expect(anchorPassage(`Préambule ${text}`, end)).toMatchObject({ method: 'exact' });
  });

  it('refuses a look-alike in unrelated context', () => {
    const selector = cut(ESSENTIEL, 'Sergueï Lavrov lors d’un voyage');
    expect(anchorPassage('Rien à voir. Serguei Lavrof lors dun voyage en train vers Lyon, puis retour.', selector)).toBeNull();
  });
});

describe('anchoring never puts a passage silently in the wrong place', () => {
  const lorem = 'Vestibulum erat wisi, condimentum sed, commodo vitae, ornare sit amet, wisi. Aenean fermentum.';
  const crowd = 'Au matin, la foule criait bravo 😀 puis rentrait chez elle sans un mot.';
  const snapRows: Array<{ name: string; text: string; selector: PassageQuery; expected: string }> = [
    {
      name: 'a fuzzy match never ends inside an emoji',
      text: crowd.replace('😀', '😃'),
      selector: describePassage(crowd, crowd.indexOf('la foule'), crowd.indexOf(' puis')),
      expected: 'la foule criait bravo 😃',
    },
    {
      name: 'a fuzzy match never begins on the space an OCR error left',
      text: ESSENTIEL.replace('Russie. Cette visite', 'Russie.  ette visite'),
      selector: cut(ESSENTIEL, 'Cette visite intervient au moment'),
      expected: 'ette visite intervient au moment',
    },
    {
      name: 'a fuzzy match never ends on the space an OCR error left',
      text: ESSENTIEL.replace('rencontre vendredi à Moscou', 'rencontre vendredi  Moscou'),
      selector: cut(ESSENTIEL, 'rencontre vendredi à'),
      expected: 'rencontre vendredi',
    },
    {
      name: 'a fuzzy match takes the whole last word, not a clipped one, when its context says so',
      text: lorem,
      selector: { exact: 'commodo cites', prefix: 'condimentum sed, ', suffix: ', ornare sit amet', start: 'unknown', end: 'unknown' },
      expected: 'commodo vitae',
    },
    {
      name: 'a quote alone with one letter wrong is found whole',
      text: 'Sergueï Lavrov est arrivé à Pyongyang.',
      selector: { exact: 'Sergueï Lavrof', prefix: '', suffix: '', start: 'unknown', end: 'unknown' },
      expected: 'Sergueï Lavrov',
    },
  ];
  for (const row of snapRows) {
    it(row.name, () => {
      const found = anchorPassage(row.text, row.selector);
      expect(found?.method).toBe('fuzzy');
      expect(row.text.slice(found!.start, found!.end)).toBe(row.expected);
    });
  }

  it('does not move a passage to the same words in another context: its sentence was deleted', () => {
    const text = 'Le ministre a signé l’accord avec Moscou. Il a parlé longuement. La délégation est rentrée hier soir.\nPlus tard, Pékin a réagi. Le porte-parole a signé l’accord avec Moscou, dit-on. Fin.';
    const quote = 'a signé l’accord avec Moscou';
    const selector = describePassage(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
    // The other « a signé l’accord avec Moscou » follows « Le porte-parole » and precedes « , dit-on »: nothing agrees.
    expect(reanchorPassage(text.replace('Le ministre a signé l’accord avec Moscou. ', ''), selector).status).toBe('orphaned');
    // The same passage with its context, only shifted, is moved.
    expect(reanchorPassage(`Préambule. ${text}`, selector)).toMatchObject({ status: 'moved', start: selector.start + 11 });
  });

  it('offers the same words with only one side of their context for review, not as moved', () => {
    const text = 'Le ministre a signé l’accord avec Moscou. Il a parlé longuement. La délégation est rentrée hier soir.';
    const quote = 'a signé l’accord avec Moscou';
    const selector = describePassage(text, text.indexOf(quote), text.indexOf(quote) + quote.length);
    const found = reanchorPassage(`Préambule. ${text.replace('Le ministre', 'Le Premier ministre')}`, selector);
    expect(found.status).toBe('fuzzy');
    expect(found.score).toBeGreaterThanOrEqual(MIN_ANCHOR_SCORE);
    expect(found.score).toBeLessThan(1);
  });

  it('judges a quote without position or context on the quote alone, wherever it is', () => {
    const sentence = 'Sergueï Lavrov est arrivé à Pyongyang.';
    const query: PassageQuery = { exact: 'Sergueï Lavrof', prefix: '', suffix: '', start: 'unknown', end: 'unknown' };
    const intro = 'Une longue introduction sans rapport. '.repeat(100);
    const nearStart = anchorPassage(sentence, query);
    const farOn = anchorPassage(`${intro}${sentence}`, query);
    expect(nearStart).toMatchObject({ start: 0, end: 14, method: 'fuzzy' });
    expect(farOn).toMatchObject({ start: intro.length, end: intro.length + 14, method: 'fuzzy' });
    // One edit in 14 characters, and nothing else known: the score is the quote's own similarity.
    expect(nearStart!.score).toBeCloseTo(13 / 14, 10);
    expect(farOn!.score).toBeCloseTo(13 / 14, 10);
  });
});

describe('reanchorPassage', () => {
  it('says exact, moved, fuzzy or orphaned', () => {
    const s = cut(ESSENTIEL, 'très médiatisé en Russie');
    expect(reanchorPassage(ESSENTIEL, s).status).toBe('exact');
    expect(reanchorPassage(`Ajout.\n${ESSENTIEL}`, s).status).toBe('moved');
    expect(reanchorPassage(ESSENTIEL.replace('très médiatisé', 'tres mediatise'), s).status).toBe('fuzzy');
    expect(reanchorPassage(ESSENTIEL.replace('lors d’un voyage très médiatisé en Russie', ''), s).status).toBe('orphaned');
  });

  itWithSteinheil.each(steinheilRows())('re-anchors every passage cut from %s exactly after unrelated edits', (path) => {
    const text = normalizeSourceText(readFileSync(path, 'utf8'));
    const passages = [];
    for (let start = 100, n = 0; start + 220 < text.length; start += 500, n++) {
      const snapped = snapSelection(text, start, start + 20 + ((n * 37) % 180));
      if (snapped) passages.push(describePassage(text, snapped.start, snapped.end));
    }
    expect(passages.length).toBeGreaterThan(5);
    // Unrelated edits: a paragraph inserted at the top, one appended, and a sentence typed between two
    // passages, half-way between them so that neither's context changes.
    const head = '[Note du lecteur : texte vérifié.]\n\n';
    const typed = ' Une phrase tapée entre deux passages.';
    const between = Math.floor((passages[2]!.end + passages[3]!.start) / 2);
    const edited = `${head}${text.slice(0, between)}${typed}${text.slice(between)}\n\nFin ajoutée.`;
    passages.forEach((p, i) => {
      const found = reanchorPassage(edited, p);
      expect(found.status).toBe('moved');
      expect(found.start).toBe(p.start + head.length + (i >= 3 ? typed.length : 0));
      expect(edited.slice(found.start, found.end)).toBe(p.exact);
    });
  });
});

describe('snapSelection', () => {
  const rows = [
    { name: 'trims spaces, no-break spaces and line breaks', text: ' \u00a0mot\u202f\n', start: 0, end: 6, expected: { start: 2, end: 5 } },
    { name: 'moves a start inside a surrogate pair back', text: 'a😀b', start: 2, end: 4, expected: { start: 1, end: 4 } },
    { name: 'moves an end inside a surrogate pair forward', text: 'a😀b', start: 0, end: 2, expected: { start: 0, end: 3 } },
    { name: 'moves a start on a combining mark back to its base', text: 'Core\u0301e', start: 4, end: 6, expected: { start: 3, end: 6 } },
    { name: 'moves an end before a combining mark past it', text: 'Core\u0301e', start: 0, end: 4, expected: { start: 0, end: 5 } },
    { name: 'returns null for white space only', text: 'a   b', start: 1, end: 4, expected: null },
    { name: 'returns null for an empty selection', text: 'abc', start: 2, end: 2, expected: null },
  ];
  for (const row of rows) it(row.name, () => expect(snapSelection(row.text, row.start, row.end)).toEqual(row.expected));
});

describe('code point ranges', () => {
  const rows = [
    { name: 'plain text is the same in both', text: 'Corée du Nord', start: 6, end: 13, cp: [6, 13] },
    { name: 'an emoji before counts once', text: '😀 Corée', start: 3, end: 8, cp: [2, 7] },
    { name: 'astral characters inside count once each', text: 'a𝄞😀b', start: 1, end: 5, cp: [1, 3] },
  ];
  for (const row of rows) {
    it(`${row.name}, both ways`, () => {
      const cp = toCodePointRange(row.text, row.start, row.end);
      expect([cp.start, cp.end]).toEqual(row.cp);
      const back = fromCodePointRange(row.text, cp.start, cp.end);
      expect([back.start, back.end]).toEqual([row.start, row.end]);
    });
  }
});
