import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPROXIMATE_WINDOW, describePassage, reanchorPassage, reanchorPassages } from '@common/anchor';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles } from '../../support/paths';

const ESSENTIEL = normalizeSourceText(readFileSync(seedFiles()[3]!, 'utf8'));
const cut = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in text: ${phrase}`);
  return describePassage(text, start, start + phrase.length);
};
// Far enough apart that no passage's 32 characters of context reach another.
const PHRASES = ['La Corée du Nord sera aux côtés', 'très médiatisé en Russie', 'la direction avisée du président', 'les soldats nord-coréens “repartiront'];

describe('reanchorPassages', () => {
  it('judges each passage of a short text as reanchorPassage does, in the same order', () => {
    const selectors = PHRASES.map((p) => cut(ESSENTIEL, p));
    const edits = [
      ESSENTIEL,
      `Ajout.\n${ESSENTIEL}`,
      ESSENTIEL.replace('très médiatisé', 'tres mediatise'),
      ESSENTIEL.replace('lors d’un voyage très médiatisé en Russie', ''),
      `Préambule. ${ESSENTIEL.replace('homologue russe Sergueï', 'homologue russe, Sergueï')}`,
    ];
    for (const text of edits) expect(reanchorPassages(text, selectors)).toEqual(selectors.map((s) => reanchorPassage(text, s)));
  });

  it('finds an edited passage far from its old place when the passages around it say how far the text moved', () => {
    // A preface longer than the approximate search window pushes everything down, and one passage is edited.
    const preface = 'Avant-propos ajouté lors de la relecture du dossier. '.repeat(Math.ceil((2 * APPROXIMATE_WINDOW) / 52));
    const edited = `${preface}${ESSENTIEL.replace('très médiatisé en Russie', 'tres mediatise en Russie')}`;
    const selectors = PHRASES.map((p) => cut(ESSENTIEL, p));
    const results = reanchorPassages(edited, selectors);

    expect(results.map((r) => r.status)).toEqual(['moved', 'fuzzy', 'moved', 'moved']);
    expect(edited.slice(results[1]!.start, results[1]!.end)).toBe('tres mediatise en Russie');
    expect(results[1]!.start).toBe(preface.length + ESSENTIEL.indexOf('très médiatisé en Russie'));
    // Alone, with nothing to say the text moved, its search stays around the old place: an orphan to review.
    expect(reanchorPassage(edited, selectors[1]!).status).toBe('orphaned');
  });

  it('returns nothing for no passages', () => {
    expect(reanchorPassages(ESSENTIEL, [])).toEqual([]);
  });
});
