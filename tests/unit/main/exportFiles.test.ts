import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../main/services/atomicWrite';
import { writeNotesFolder } from '../../../main/services/exportFiles';

const fresh = () => mkdtempSync(join(tmpdir(), 'verbatim-export-'));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = fresh();
    const path = join(dir, 'note.md');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new « texte »');
    expect(readFileSync(path, 'utf8')).toBe('new « texte »');
    expect(readdirSync(dir)).toEqual(['note.md']);
  });

  it('leaves the existing target untouched and says why when the rename fails', async () => {
    const dir = fresh();
    const path = join(dir, 'note.md');
    mkdirSync(path);
    writeFileSync(join(path, 'inside.txt'), 'keep me');
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow(/Could not write .*note\.md: .*Nothing was changed\./);
    expect(readFileSync(join(path, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(readdirSync(dir)).toEqual(['note.md']);
  });

  it('says the folder does not exist', async () => {
    await expect(writeFileAtomic(join(fresh(), 'missing', 'note.md'), 'x')).rejects.toThrow('the folder does not exist');
  });
});

describe('writeNotesFolder', () => {
  it('writes one file per note with safe names, never over an existing file', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'Analyse.md'), 'earlier export');
    const written = await writeNotesFolder(dir, [
      { title: 'Analyse', markdown: 'a' },
      { title: 'Analyse', markdown: 'b' },
      { title: 'CON', markdown: 'c' },
      { title: '../../evil', markdown: 'd' },
    ]);
    expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['Analyse (2).md', 'Analyse (3).md', 'CON_.md', 'evil.md']);
    expect(readFileSync(join(dir, 'Analyse.md'), 'utf8')).toBe('earlier export');
    expect(existsSync(join(dir, '..', 'evil.md'))).toBe(false);
  });
});
