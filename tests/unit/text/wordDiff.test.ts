import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '@common/text/wordDiff';
import { seedFiles } from '../../support/paths';

describe('wordDiff', () => {
  const rows = [
    { name: 'the same text is one shared part', older: 'La Corée du Nord', newer: 'La Corée du Nord', parts: [['same', 'La Corée du Nord']], added: 0, removed: 0 },
    {
      name: 'a word replaced is one removed and one added',
      older: 'Le sommet de jeudi.',
      newer: 'Le sommet de vendredi.',
      parts: [['same', 'Le sommet de '], ['removed', 'jeudi'], ['added', 'vendredi'], ['same', '.']],
      added: 1,
      removed: 1,
    },
    {
      name: 'a sentence added at the end counts its words',
      older: 'Un accord.',
      newer: 'Un accord. Signé à Moscou le 22 septembre.',
      parts: [['same', 'Un accord.'], ['added', ' Signé à Moscou le 22 septembre.']],
      added: 6,
      removed: 0,
    },
    { name: 'text removed whole', older: 'Tout part.', newer: '', parts: [['removed', 'Tout part.']], added: 0, removed: 2 },
  ] as const;
  for (const row of rows) {
    it(row.name, () => {
      const diff = wordDiff(row.older, row.newer)!;
      expect(diff.parts.map((p) => [p.kind, p.text])).toEqual(row.parts);
      expect([diff.wordsAdded, diff.wordsRemoved]).toEqual([row.added, row.removed]);
    });
  }

  it('rebuilds both texts exactly from its parts (a seed with edits)', () => {
    const older = readFileSync(seedFiles()[1]!, 'utf8');
    const newer = older.replace('Russie', 'Fédération de Russie').replace(/\n\n/, '\n\nParagraphe inséré.\n\n');
    const diff = wordDiff(older, newer)!;
    expect(diff.parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(older);
    expect(diff.parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(newer);
    // "Fédération de" and "Paragraphe inséré": four words, none removed.
    expect([diff.wordsAdded, diff.wordsRemoved]).toEqual([4, 0]);
  });
});
