import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/services/atomicWrite';
import { REPO_ROOT } from '../../support/paths';
import { runUnprivileged } from '../../support/unprivileged';
import { writeMarkdownFile, writeNotesFolder } from '../../../main/services/exportFiles';

const fresh = () => mkdtempSync(join(tmpdir(), 'verbatim-write-'));
// root ignores permissions, so a read-only folder cannot make a write fail there.

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = fresh();
    const path = join(dir, 'note.md');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new « texte » 😀');
    expect(readFileSync(path, 'utf8')).toBe('new « texte » 😀');
    expect(readdirSync(dir)).toEqual(['note.md']);
  });

  const failures = [
    {
      name: 'a folder in the way of the target',
      setup: (dir: string) => {
        mkdirSync(join(dir, 'note.md'));
        writeFileSync(join(dir, 'note.md', 'inside.txt'), 'keep me');
        return join(dir, 'note.md');
      },
      why: 'a folder is in the way',
      kept: (dir: string) => readFileSync(join(dir, 'note.md', 'inside.txt'), 'utf8') === 'keep me',
    },
    { name: 'a folder that does not exist', setup: (dir: string) => join(dir, 'missing', 'note.md'), why: 'the folder does not exist', kept: () => true },
    {
      name: 'a file where a folder should be',
      setup: (dir: string) => {
        writeFileSync(join(dir, 'file'), 'keep me');
        return join(dir, 'file', 'note.md');
      },
      why: 'part of the path is a file',
      kept: (dir: string) => readFileSync(join(dir, 'file'), 'utf8') === 'keep me',
    },
  ];
  for (const f of failures) {
    it(`fails on ${f.name}, says so with the path, and changes nothing`, async () => {
      const dir = fresh();
      const path = f.setup(dir);
      const before = readdirSync(dir);
      const error = await writeFileAtomic(path, 'new').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toContain(`Could not write ${path}: ${f.why}`);
      expect((error as Error).message).toMatch(/Nothing was changed\.$/);
      expect((error as Error).cause).toBeInstanceOf(Error);
      expect(f.kept(dir)).toBe(true);
      expect(readdirSync(dir)).toEqual(before);
    });
  }

  it('leaves the old file untouched when its folder is read-only (file modes enforced, also when the tests run as root)', async () => {
    const dir = fresh();
    const path = join(dir, 'note.md');
    writeFileSync(path, 'old');
    chmodSync(dir, 0o555);
    try {
      const outcome = await runUnprivileged(join(REPO_ROOT, 'main/services/atomicWrite.ts'), 'writeFileAtomic', [path, 'new']);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.error).toContain(`Could not write ${path}: permission denied`);
      expect(readFileSync(path, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['note.md']);
    } finally {
      chmodSync(dir, 0o755);
    }
   }, 60_000);

  it('refuses to replace a file when asked to write exclusively, and leaves it as it was', async () => {
    const dir = fresh();
    const path = join(dir, 'note.md');
    writeFileSync(path, 'old');
    await expect(writeFileAtomic(path, 'new', { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['note.md']);
    await writeFileAtomic(join(dir, 'other.md'), 'created', { exclusive: true });
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe('created');
    expect(readdirSync(dir).sort()).toEqual(['note.md', 'other.md']);
  });
});

describe('writeMarkdownFile', () => {
  it('writes the chosen file, replacing it (the save dialog asked)', async () => {
    const dir = fresh();
    const path = join(dir, 'export.md');
    writeFileSync(path, 'old');
    await writeMarkdownFile(path, '# Note\n');
    expect(readFileSync(path, 'utf8')).toBe('# Note\n');
  });
});

describe('writeNotesFolder', () => {
  it('writes one file per note with safe names, never over a file already there', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'analyse.MD'), 'earlier export');
    const written = await writeNotesFolder(dir, [
      { title: 'Analyse', markdown: 'a' },
      { title: 'Analyse', markdown: 'b' },
      { title: 'CON', markdown: 'c' },
      { title: '../../evil', markdown: 'd' },
      { title: '', markdown: 'e' },
    ]);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['Analyse (2).md', 'Analyse (3).md', 'CON_.md', 'evil.md', 'Untitled.md']);
    expect(written.map((p) => readFileSync(p, 'utf8'))).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(readFileSync(join(dir, 'analyse.MD'), 'utf8')).toBe('earlier export');
    expect(existsSync(join(dir, '..', 'evil.md'))).toBe(false);
    expect(readdirSync(dir)).toHaveLength(6);
  });

  it('creates the folder when it does not exist yet', async () => {
    const dir = join(fresh(), 'Notes', 'export');
    expect(await writeNotesFolder(dir, [{ title: 'Une note', markdown: 'x' }])).toEqual([join(dir, 'Une note.md')]);
  });

  it('fails with the path when the folder cannot be made', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    await expect(writeNotesFolder(join(dir, 'not-a-folder'), [{ title: 'a', markdown: 'a' }])).rejects.toThrow(/not-a-folder/);
  });
});
