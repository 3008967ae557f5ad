import { describe, expect, it } from 'vitest';
import { recoveryFor, type Draft, type Recovery, type StoredForRecovery } from '@common/notes/draftRecovery';

const draft = (content: string, baseRevision: number, writtenAt = 0): Draft => ({ noteId: 'n', windowId: 'w', content, baseRevision, writtenAt });

describe('recoveryFor', () => {
  const rows: Array<{ name: string; draft: Draft; stored: StoredForRecovery | undefined; expected: Recovery }> = [
    { name: 'discards a draft its own window saved over later', draft: draft('AB', 3, 1000), stored: { revision: 4, content: 'ABC', savedBy: 'w', capturedAt: 1001 }, expected: 'discard' },
    { name: 'keeps a copy of a draft written after its window’s last save', draft: draft('ABCD', 3, 1002), stored: { revision: 4, content: 'ABC', savedBy: 'w', capturedAt: 1001 }, expected: 'copy' },
    { name: 'keeps a copy of a draft written in the same millisecond as its window’s save', draft: draft('ABCD', 3, 1001), stored: { revision: 4, content: 'ABC', savedBy: 'w', capturedAt: 1001 }, expected: 'copy' },
    { name: 'keeps a copy when another window saved after the draft, whatever the times', draft: draft('AB', 3, 1000), stored: { revision: 4, content: 'AX', savedBy: 'other', capturedAt: 2000 }, expected: 'copy' },
    { name: 'saves a draft typed on top of the stored revision', draft: draft('AB', 3), stored: { revision: 3, content: 'A' }, expected: 'save' },
    { name: 'discards a draft the stored note already holds', draft: draft('AB', 3), stored: { revision: 4, content: 'AB' }, expected: 'discard' },
    { name: 'keeps a copy when another window saved after the draft’s base', draft: draft('AB', 3), stored: { revision: 4, content: 'AX' }, expected: 'copy' },
    { name: 'keeps a copy when a restore moved the note back', draft: draft('AB', 7), stored: { revision: 5, content: 'old' }, expected: 'copy' },
    { name: 'keeps a copy of a draft whose note is gone', draft: draft('AB', 3), stored: undefined, expected: 'copy' },
    { name: 'discards an empty draft whose note is gone', draft: draft('', 3), stored: undefined, expected: 'discard' },
  ];
  for (const r of rows) it(r.name, () => expect(recoveryFor(r.draft, r.stored)).toBe(r.expected));
});
