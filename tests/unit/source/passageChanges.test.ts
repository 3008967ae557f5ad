import { describe, expect, it } from 'vitest';
import { describePassage } from '@common/anchor';
import { passageChanges, type PassageOnVersion } from '@common/source/passageChanges';

const OLDER = {
  hash: 'old',
  text: 'Le sommet de Vladivostok. Les deux dirigeants ont parlé du gaz. Ils ont signé un accord sur le rail. Puis ils ont dîné au port.',
};

function passageOn(id: string, phrase: string, version = OLDER): PassageOnVersion {
  const start = version.text.indexOf(phrase);
  if (start < 0) throw new Error(`no “${phrase}” in the test text`);
  return { id, versionHash: version.hash, selector: describePassage(version.text, start, start + phrase.length) };
}

describe('passageChanges', () => {
  const passages = [passageOn('kept', 'Le sommet'), passageOn('gas', 'parlé du gaz'), passageOn('rail', 'signé un accord sur le rail'), passageOn('port', 'dîné au port')];
  const rows = [
    {
      name: 'an identical text changes nothing',
      newer: OLDER.text,
      expected: [],
    },
    {
      // Both passages left keep their words, but not the context on both sides: review, not a silent move.
      name: 'words inserted and a sentence deleted next to passages make them fuzzy; the passage deleted is orphaned',
      newer: 'Le sommet de Vladivostok, très attendu. Les deux dirigeants ont parlé du gaz. Puis ils ont dîné au port.',
      expected: [
        { id: 'gas', status: 'fuzzy' },
        { id: 'rail', status: 'orphaned' },
        { id: 'port', status: 'fuzzy' },
      ],
    },
    {
      name: 'a word changed inside a passage makes it fuzzy',
      newer: 'Le sommet de Vladivostok. Les deux dirigeants ont parlé du gaz. Ils ont signé un accord sur les rails. Puis ils ont dîné au port.',
      // « port » keeps its words, but the text just before it (« les rails ») changed: reviewed too.
      expected: [
        { id: 'rail', status: 'fuzzy' },
        { id: 'port', status: 'fuzzy' },
      ],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const changes = passageChanges(OLDER, { hash: 'new', text: row.newer }, passages);
      expect(changes.map(({ id, status }) => ({ id, status }))).toEqual(row.expected);
    });
  }

  it('finds a passage cut from a third version through its exact text, and skips one absent from the older text', () => {
    const third = { hash: 'third', text: 'Autre texte. Ils ont signé un accord sur le rail. Fin.' };
    const inThird = passageOn('from-third', 'signé un accord sur le rail', third);
    const absent = passageOn('absent', 'Autre texte', third);
    const changes = passageChanges(OLDER, { hash: 'new', text: 'Le sommet de Vladivostok.' }, [inThird, absent]);
    expect(changes).toEqual([{ id: 'from-third', status: 'orphaned', exact: 'signé un accord sur le rail', score: 0 }]);
  });
});
