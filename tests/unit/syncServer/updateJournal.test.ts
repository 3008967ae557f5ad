import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJournal } from '../../../syncServer/updateJournal';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A journal file written by hand: 4-byte big-endian length, then the update's bytes. */
const record = (...bytes: number[]) => [0, 0, 0, bytes.length, ...bytes];

describe('readJournal', () => {
  const cases: [string, number[], number[][], number][] = [
    ['an empty journal', [], [], 0],
    ['two whole records', [...record(1, 2, 3), ...record(9)], [[1, 2, 3], [9]], 12],
    ['a record cut short by a kill in its bytes', [...record(1, 2), 0, 0, 0, 5, 7, 7], [[1, 2]], 6],
    ['a record cut short in its length', [...record(4), 0, 0], [[4]], 5],
    ['an empty update', record(), [[]], 4],
  ];
  for (const [what, bytes, updates, validBytes] of cases) {
    it(`reads ${what}`, () => {
      const file = join(dir, `${what.replace(/\W+/g, '-')}.log`);
      writeFileSync(file, Buffer.from(bytes));
      const read = readJournal(file);
      expect(read.updates.map((u) => [...u])).toEqual(updates);
      expect(read.validBytes).toBe(validBytes);
    });
  }

  it('reads a missing journal as empty', () => {
    expect(readJournal(join(dir, 'absent.log'))).toEqual({ updates: [], validBytes: 0 });
  });
});
