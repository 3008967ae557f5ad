import { describe, expect, it } from 'vitest';
import { foldTerm, foldWithMap, originalSpan } from '@common/text/fold';

describe('foldWithMap', () => {
  const rows: Array<[string, string, string]> = [
    ['case and accents', 'Corée du Nord', 'coree du nord'],
    ['NFD accents', 'Core\u0301e', 'coree'],
    ['apostrophe styles', 'l’armée l\'armée lʼarmée', "l'armee l'armee l'armee"],
    ['hyphens, dashes and no-break spaces to one space', 'Choe Son-hui — Kim\u00a0Jong\u202fun', 'choe son hui kim jong un'],
    ['runs of white space to one', 'a \n\n\t b', 'a b'],
    ['ligatures', 'Œuvre cœur', 'oeuvre coeur'],
    ['OCR hyphenation across a line break', 'Stein-\nheil et Stein- \n heil', 'steinheil et steinheil'],
    ['a hyphen before a line break after a non-letter stays a separator', '1908 -\nParis', '1908 paris'],
  ];
  for (const [name, input, expected] of rows) it(`folds ${name}`, () => expect(foldWithMap(input).folded).toBe(expected));

  it('maps every folded character back to its original span', () => {
    const text = '😀 Stein-\nhéil, Core\u0301e';
    const f = foldWithMap(text);
    const at = f.folded.indexOf('steinheil');
    const span = originalSpan(f, at, at + 'steinheil'.length);
    expect(text.slice(span.start, span.end)).toBe('Stein-\nhéil');
    const c = f.folded.indexOf('coree');
    const cs = originalSpan(f, c, c + 5);
    expect(text.slice(cs.start, cs.end)).toBe('Core\u0301e');
  });

  it('folds terms the same way', () => expect(foldTerm('  Kim Jong-Un ')).toBe('kim jong un'));
});
