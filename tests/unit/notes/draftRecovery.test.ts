import { describe, expect, it } from 'vitest';
import { recoveryFor, type Draft, type Recovery } from '@common/notes/draftRecovery';

const draft = (content: string, baseRevision: number): Draft => ({ noteId: 'n', windowId: 'w', content, baseRevision, writtenAt: 0 });

describe('recoveryFor', () => {
  const rows: Array<{ name: string; draft: Draft; stored: { revision: number; content: string } | undefined; expected: Recovery }> = [
    { name: 'saves a draft typed on top of the stored revision', draft: draft('AB', 3), stored: { revision: 3, content: 'A' }, expected: 'save' },
    { name: 'discards a draft the stored note already holds', draft: draft('AB', 3), stored: { revision: 4, content: 'AB' }, expected: 'discard' },
    { name: 'keeps a copy when another window saved after the draft’s base', draft: draft('AB', 3), stored: { revision: 4, content: 'AX' }, expected: 'copy' },
    { name: 'keeps a copy when a restore moved the note back', draft: draft('AB', 7), stored: { revision: 5, content: 'old' }, expected: 'copy' },
    { name: 'keeps a copy of a draft whose note is gone', draft: draft('AB', 3), stored: undefined, expected: 'copy' },
    { name: 'discards an empty draft whose note is gone', draft: draft('', 3), stored: undefined, expected: 'discard' },
  ];
  for (const r of rows) it(r.name, () => expect(recoveryFor(r.draft, r.stored)).toBe(r.expected));
});
