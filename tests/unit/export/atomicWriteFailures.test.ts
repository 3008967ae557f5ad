// Failures root cannot cause for real (a rename refused, a full disk), injected into node:fs/promises.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setMainLanguage } from '../../../main/services/mainText';

const failures = vi.hoisted(() => ({
  rename: null as NodeJS.ErrnoException | null,
  write: null as NodeJS.ErrnoException | null,
  /** Writes allowed before `write` fails. */
  writesBeforeFailure: 0,
  /** When set, `write` fails only for the files whose (temporary) path matches. */
  writeFailsFor: null as RegExp | null,
  link: null as NodeJS.ErrnoException | null,
  /** Content another program puts at the target just before we link ours there. */
  raceWith: null as string | null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    rename: (from: string, to: string) => (failures.rename ? Promise.reject(failures.rename) : real.rename(from, to)),
    link: async (from: string, to: string) => {
      if (failures.raceWith !== null) {
        await real.writeFile(to, failures.raceWith);
        failures.raceWith = null;
      }
      return failures.link ? Promise.reject(failures.link) : real.link(from, to);
    },
    open: async (path: string, flags: string) => {
      const handle = await real.open(path, flags);
      const writeFile = handle.writeFile.bind(handle);
      // A disk that fills up halfway: some bytes reach the temporary file, then the write fails.
      handle.writeFile = async (data: Parameters<typeof writeFile>[0]) => {
        if (!failures.write || (failures.writeFailsFor && !failures.writeFailsFor.test(path)) || failures.writesBeforeFailure-- > 0) return writeFile(data);
        await writeFile('partial');
        throw failures.write;
      };
      return handle;
    },
  };
});

const { writeFileAtomic } = await import('../../../main/services/atomicWrite');
const { writeNotesFolder, WRITES_AT_ONCE } = await import('../../../main/services/exportFiles');
const fresh = () => mkdtempSync(join(tmpdir(), 'verbatim-fail-'));

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('writeFileAtomic when the system fails', () => {
  afterEach(() => {
    Object.assign(failures, { rename: null, write: null, writesBeforeFailure: 0, writeFailsFor: null, link: null, raceWith: null });
  });

  const rows = [
    { name: 'the rename is refused', arm: () => (failures.rename = errno('EACCES', 'EACCES: permission denied, rename')), why: 'permission denied' },
    { name: 'the file is in use (Windows)', arm: () => (failures.rename = errno('EBUSY', 'EBUSY: resource busy or locked, rename')), why: 'the file is in use by another program' },
    { name: 'the disk fills up while writing', arm: () => (failures.write = errno('ENOSPC', 'ENOSPC: no space left on device, write')), why: 'the disk is full' },
  ];
  for (const row of rows) {
    it(`leaves the old file untouched and removes the temporary file when ${row.name}`, async () => {
      const dir = fresh();
      const path = join(dir, 'note.md');
      writeFileSync(path, 'old « texte »');
      row.arm();
      await expect(writeFileAtomic(path, 'new')).rejects.toThrow(`Could not write ${path}: ${row.why}`);
      expect(readFileSync(path, 'utf8')).toBe('old « texte »');
      expect(readdirSync(dir)).toEqual(['note.md']);
    });
  }
});

describe('writing exclusively (Export all)', () => {
  afterEach(() => {
    Object.assign(failures, { rename: null, write: null, writesBeforeFailure: 0, writeFailsFor: null, link: null, raceWith: null });
  });

  it('gives a note the next name when a file of its name appears meanwhile, and leaves that file alone', async () => {
    const dir = fresh();
    failures.raceWith = 'written by someone else';
    const written = await writeNotesFolder(dir, [{ title: 'Note', markdown: 'mine' }]);
    expect(written).toEqual([join(dir, 'Note (2).md')]);
    expect(readFileSync(join(dir, 'Note.md'), 'utf8')).toBe('written by someone else');
    expect(readFileSync(join(dir, 'Note (2).md'), 'utf8')).toBe('mine');
  });

  it('still never replaces a file on a file system without hard links', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'note.md'), 'old');
    failures.link = errno('EPERM', 'EPERM: operation not permitted, link');
    await expect(writeFileAtomic(join(dir, 'note.md'), 'new', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(join(dir, 'note.md'), 'utf8')).toBe('old');
    await writeFileAtomic(join(dir, 'other.md'), 'new', { exclusive: true });
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['note.md', 'other.md']);
  });

  it('says how many notes were written before a failure', async () => {
    const dir = fresh();
    failures.write = errno('ENOSPC', 'ENOSPC: no space left on device, write');
    // Notes are written several at a time: the failure is tied to files, not to an order of writes.
    failures.writeFailsFor = /Deux|Trois/;
    const notes = [{ title: 'Un', markdown: '1' }, { title: 'Deux', markdown: '2' }, { title: 'Trois', markdown: '3' }];
    const message = await writeNotesFolder(dir, notes).catch((e: Error) => e.message);
    expect(message).toContain(`Could not write ${join(dir, 'Deux.md')}: the disk is full`);
    expect(message).toMatch(/Export stopped after 1 of 3 notes: the folder .+ holds an incomplete set \(2 notes are missing, the first of them “Deux”\)\.$/);
    expect(message).not.toContain('Nothing was changed');
    expect(readdirSync(dir)).toEqual(['Un.md']);
  });

  it('says it in French once the window speaks French', async () => {
    const dir = fresh();
    failures.write = errno('ENOSPC', 'ENOSPC: no space left on device, write');
    failures.writeFailsFor = /Deux|Trois/;
    const notes = [{ title: 'Un', markdown: '1' }, { title: 'Deux', markdown: '2' }, { title: 'Trois', markdown: '3' }];
    setMainLanguage('fr');
    try {
      const message = await writeNotesFolder(dir, notes).catch((e: Error) => e.message);
      expect(message).toContain(`Impossible d’écrire ${join(dir, 'Deux.md')}\u00a0: le disque est plein (ENOSPC`);
      expect(message).toMatch(/L’export s’est arrêté après 1 notes écrites sur 3\u00a0: le dossier .+ contient un ensemble incomplet \(2 notes manquent, la première étant «\u00a0Deux\u00a0»\)\.$/);
      expect(message).not.toContain('Rien n’a été modifié');
    } finally {
      setMainLanguage('en');
    }
  });

  it('starts no further write after a failure, and names the first note missing', async () => {
    const dir = fresh();
    failures.write = errno('ENOSPC', 'ENOSPC: no space left on device, write');
    failures.writeFailsFor = /\.Note 3\.md\./;
    const notes = Array.from({ length: 100 }, (_, i) => ({ title: `Note ${i}`, markdown: String(i) }));
    // One write at a time, so "after" is the notes' order: 0, 1 and 2 are written, 3 fails, none follows.
    const message = await writeNotesFolder(dir, notes, { done: 0, total: 100 }, 1).catch((e: Error) => e.message);
    expect(readdirSync(dir).sort()).toEqual(['Note 0.md', 'Note 1.md', 'Note 2.md']);
    expect(message).toContain('Export stopped after 3 of 100 notes');
    expect(message).toContain('the first of them “Note 3”');
  });

  it(`with ${WRITES_AT_ONCE} writes at once, says exactly how many notes the folder holds after a failure`, async () => {
    const dir = fresh();
    failures.write = errno('ENOSPC', 'ENOSPC: no space left on device, write');
    failures.writeFailsFor = /\.Note 3\.md\./;
    const notes = Array.from({ length: 100 }, (_, i) => ({ title: `Note ${i}`, markdown: String(i) }));
    const message = await writeNotesFolder(dir, notes).catch((e: Error) => e.message);
    const files = readdirSync(dir);
    // The writes already under way (the first WRITES_AT_ONCE, note 3 aside) all finish, none half-done;
    // the count said is the count on disk, note 3 among the missing.
    expect(files.length).toBeGreaterThanOrEqual(WRITES_AT_ONCE - 1);
    expect(files).not.toContain('Note 3.md');
    expect(message).toContain(`Export stopped after ${files.length} of 100 notes`);
    expect(message).toContain('the first of them “Note 3”');
  });
});
