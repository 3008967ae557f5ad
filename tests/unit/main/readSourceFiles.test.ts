import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, readSourceFile, readSourceFolder } from '../../../main/services/readSourceFiles';
import { REPO_ROOT } from '../../support/paths';
import { runUnprivileged } from '../../support/unprivileged';

const dir = mkdtempSync(join(tmpdir(), 'verbatim-read-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readSourceFile', () => {
  it('turns a CRLF, BOM, NFD file into a normalized source with its hash', async () => {
    const path = file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Core\u0301e du Nord\r\n\r\nTexte 😀\r\n', 'utf8')]));
    const source = await readSourceFile(path);
    expect(source).toMatchObject({ fileName: 'bom.txt', title: 'Corée du Nord', encoding: 'utf-8-bom', text: 'Corée du Nord\n\nTexte 😀\n' });
    expect('hash' in source && source.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the path it read and says how many bad bytes a UTF-8 file had', async () => {
    const path = file('abîmé.txt', Buffer.concat([Buffer.from('Titre\n\nL’armée a été là. ', 'utf8'), Buffer.from([0xff]), Buffer.from('Déjà.\n', 'utf8')]));
    expect(await readSourceFile(path)).toMatchObject({ fileName: 'abîmé.txt', path, encoding: 'utf-8', replacedBytes: 1, text: 'Titre\n\nL’armée a été là. \uFFFDDéjà.\n' });
  });

  const failures = [
    { name: 'an empty file', make: () => file('empty.txt', ''), reason: 'the file is empty' },
    { name: 'a file of white space', make: () => file('blank.txt', ' \n\t\n'), reason: 'the file holds only white space' },
    { name: 'a binary file', make: () => file('photo.jpg', Uint8Array.from([0xff, 0xd8, 0x00, 0x10])), reason: 'the file is binary (it contains NUL bytes), not text' },
    { name: 'binary bytes without NUL', make: () => file('noise.bin', Uint8Array.from({ length: 4096 }, (_, i) => 1 + ((i * 7919 + (i >> 3) * 104729) % 255))), reason: /^the file is not text \(\d+ % of its characters are control or unassigned characters\)$/ },
    { name: 'a missing file', make: () => join(dir, 'absent.txt'), reason: 'the file no longer exists' },
    { name: 'a folder', make: () => (mkdirSync(join(dir, 'sub.txt'), { recursive: true }), join(dir, 'sub.txt')), reason: 'it is not a regular file' },
    { name: 'a file over the size limit', make: () => file('huge.txt', Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61)), reason: /too large/ },
  ];
  for (const row of failures) {
    it(`reports ${row.name} by name with the reason`, async () => {
      const path = row.make();
      const result = await readSourceFile(path);
      expect('reason' in result).toBe(true);
      if ('reason' in result) expect(result.reason).toMatch(row.reason instanceof RegExp ? row.reason : new RegExp(`^${row.reason.replace(/[()]/g, '\\$&')}$`));
    });
  }

  it('reports an unreadable file (file modes enforced, also when the tests run as root)', async () => {
    const path = file('secret.txt', 'x');
    chmodSync(path, 0o000);
    const outcome = await runUnprivileged(join(REPO_ROOT, 'main/services/readSourceFiles.ts'), 'readSourceFile', [path]);
    expect(outcome).toEqual({ ok: true, value: { fileName: 'secret.txt', reason: 'permission denied' } });
  }, 60_000);
});

describe('readSourceFolder', () => {
  it('reads every visible file, skips hidden ones, and keeps going past broken ones', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-folder-'));
    writeFileSync(join(folder, 'b.txt'), 'Bonjour');
    writeFileSync(join(folder, 'a.txt'), '');
    writeFileSync(join(folder, '.DS_Store'), Uint8Array.from([0, 1]));
    const batch = await readSourceFolder(folder);
    expect(batch.sources.map((s) => [s.fileName, s.path])).toEqual([['b.txt', 'seeds/b.txt']]);
    expect(batch.failures).toEqual([{ fileName: 'a.txt', reason: 'the file is empty' }]);
  });

  it('reports a missing seeds folder instead of throwing', async () => {
    const batch = await readSourceFolder(join(dir, 'nope'));
    expect(batch.sources).toEqual([]);
    expect(batch.failures[0]?.reason).toMatch(/seeds folder/);
  });
});
