import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/createHandlers';
import { dispatch } from '../../../main/ipc/handlerTable';
import { createHarnessDialogs } from '../../../harness/harnessDialogs';
import { SEEDS_DIR } from '../../support/paths';

const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-ipc-refusals-'));
const table = createHandlers({ seedsDir: SEEDS_DIR, dataDir, dialogs: createHarnessDialogs(dataDir) });

describe('IPC handlers refuse malformed arguments with a clear error', () => {
  const rows: Array<{ name: string; method: string; arg: unknown; error: RegExp }> = [
    { name: 'a number for an object', method: 'saveMarkdown', arg: 42, error: /^Invalid argument for saveMarkdown: argument: / },
    { name: 'a missing field', method: 'saveMarkdown', arg: { suggestedName: 'a.md' }, error: /^Invalid argument for saveMarkdown: markdown: / },
    { name: 'a wrong field type', method: 'saveTextFile', arg: { title: 't', suggestedName: 'a.json', content: 5, filter: 'backup' }, error: /^Invalid argument for saveTextFile: content: / },
    { name: 'an unknown file kind', method: 'openTextFile', arg: { title: 't', filter: 'exe' }, error: /^Invalid argument for openTextFile: filter: / },
    { name: 'an extra field (strict objects)', method: 'backupReadBegin', arg: { from: 'auto', name: 'x', path: '/etc' }, error: /^Invalid argument for backupReadBegin: argument: .*path/ },
    { name: 'a huge suggested name', method: 'saveTextFile', arg: { title: 't', suggestedName: 'a'.repeat(1_001), content: '', filter: 'csv' }, error: /^Invalid argument for saveTextFile: suggestedName: / },
    { name: 'a huge dialog title', method: 'openTextFile', arg: { title: 'x'.repeat(201), filter: 'backup' }, error: /^Invalid argument for openTextFile: title: / },
    { name: 'a huge backup name', method: 'backupReadBegin', arg: { from: 'auto', name: 'x'.repeat(201) }, error: /^Invalid argument for backupReadBegin: name: / },
    { name: 'path traversal in a backup name', method: 'backupReadBegin', arg: { from: 'auto', name: '../../../../etc/passwd' }, error: /^“\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd” is not an automatic backup\.$/ },
    { name: 'a Windows path in a backup name', method: 'backupReadBegin', arg: { from: 'auto', name: '..\\..\\secrets.json' }, error: /is not an automatic backup/ },
    { name: 'a NUL byte in a backup name', method: 'backupReadBegin', arg: { from: 'auto', name: 'verbatim-20261130T080000.json\u0000.txt' }, error: /is not an automatic backup/ },
  ];
  for (const row of rows) {
    it(`refuses ${row.name}`, async () => {
      const result = await dispatch(table, row.method, row.arg);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(row.error);
    });
  }

  it('saves a file under a plain name when the suggested name is a path', async () => {
    const result = await dispatch(table, 'saveTextFile', { title: 'Back up', suggestedName: '/etc/passwd', content: 'x', filter: 'backup' });
    expect(result).toEqual({ ok: true, value: join(dataDir, 'saved', 'passwd.json') });
    expect(readdirSync(join(dataDir, 'saved'))).toEqual(['passwd.json']);
    expect(existsSync(join(dataDir, 'etc'))).toBe(false);
  });
});

describe('saveTextFile hands the native save dialog a plain file name', () => {
  const offered: string[] = [];
  const recording = createHandlers({
    seedsDir: SEEDS_DIR,
    dataDir,
    dialogs: {
      openFiles: async () => [],
      chooseFolder: async () => null,
      showFolder: async () => {},
      saveFile: async ({ defaultName }) => {
        offered.push(defaultName);
        return null;
      },
    },
  });
  const rows: Array<[string, string, string]> = [
    ['/etc/passwd', 'csv', 'passwd.csv'],
    ['~/.bashrc', 'backup', 'bashrc.json'],
    ['C:\\Windows\\win.ini', 'annotations', 'win.ini.jsonld'],
    ['a\u0000b.json', 'backup', 'a b.json'],
  ];
  for (const [suggested, filter, expected] of rows) {
    it(`offers "${expected}" for ${JSON.stringify(suggested)}`, async () => {
      expect(await dispatch(recording, 'saveTextFile', { title: 'Save', suggestedName: suggested, content: '', filter })).toEqual({ ok: true, value: null });
      expect(offered.at(-1)).toBe(expected);
    });
  }
});

describe('readPickedTextFiles reads only files chosen in the dialog, a bounded slice at a time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-picked-'));
  const chosen = [join(dir, 'a.txt'), join(dir, 'b.txt')];
  const stranger = join(dir, 'secret.txt');
  writeFileSync(chosen[0]!, 'Première dépêche\n\nTexte A.\n');
  writeFileSync(chosen[1]!, 'Seconde dépêche\n\nTexte B.\n');
  writeFileSync(stranger, 'Pas pour vous.\n');
  const picking = createHandlers({ seedsDir: SEEDS_DIR, dataDir: dir, dialogs: { ...createHarnessDialogs(dir), openFiles: async () => chosen } });

  it('reads the chosen files in the order asked', async () => {
    await dispatch(picking, 'pickTextFiles', undefined);
    const result = await dispatch(picking, 'readPickedTextFiles', { paths: [chosen[1], chosen[0]] });
    expect(result.ok && (result.value as { sources: Array<{ title: string }> }).sources.map((s) => s.title)).toEqual(['Seconde dépêche', 'Première dépêche']);
  });

  it('refuses the whole slice when one path was not chosen', async () => {
    await dispatch(picking, 'pickTextFiles', undefined);
    expect(await dispatch(picking, 'readPickedTextFiles', { paths: [chosen[0], stranger] })).toEqual({ ok: false, error: 'A file was not chosen in the import dialog.' });
  });

  it('refuses more than 500 paths in one call', async () => {
    const result = await dispatch(picking, 'readPickedTextFiles', { paths: Array.from({ length: 501 }, () => chosen[0]) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid argument for readPickedTextFiles: paths: /);
  });
});

describe('an export writes only into a folder the user chose for it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-export-folder-'));
  const exporting = createHandlers({ seedsDir: SEEDS_DIR, dataDir: dir, dialogs: createHarnessDialogs(dir) });
  const note = (title: string) => ({ title, markdown: `# ${title}\n` });

  it('writes slice after slice into the chosen folder, names following the notes across slices', async () => {
    const chosen = await dispatch(exporting, 'chooseExportFolder', { kind: 'notes' });
    expect(chosen.ok).toBe(true);
    const folder = (chosen as { value: string }).value;
    const first = await dispatch(exporting, 'writeExportNotes', { folder, notes: [note('Une'), note('Deux')], done: 0, total: 3 });
    const second = await dispatch(exporting, 'writeExportNotes', { folder, notes: [note('Une')], done: 2, total: 3 });
    expect(first).toEqual({ ok: true, value: [join(folder, 'Une.md'), join(folder, 'Deux.md')] });
    expect(second).toEqual({ ok: true, value: [join(folder, 'Une (2).md')] });
    expect(readdirSync(folder).sort()).toEqual(['Deux.md', 'Une (2).md', 'Une.md']);
  });

  it('refuses a folder that was never chosen, and writes nothing there', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'verbatim-not-chosen-'));
    expect(await dispatch(exporting, 'writeExportNotes', { folder: elsewhere, notes: [note('Intrus')], done: 0, total: 1 })).toEqual({ ok: false, error: 'That folder was not chosen for an export: choose it again.' });
    expect(await dispatch(exporting, 'writeExportFiles', { folder: elsewhere, files: [{ path: 'references.json', content: '[]' }] })).toMatchObject({ ok: false });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('forgets a folder once another is chosen', async () => {
    const first = (await dispatch(exporting, 'chooseExportFolder', { kind: 'notes' })) as { value: string };
    const second = (await dispatch(exporting, 'chooseExportFolder', { kind: 'export' })) as { value: string };
    expect(second.value).not.toBe(first.value);
    expect(await dispatch(exporting, 'writeExportNotes', { folder: first.value, notes: [note('Tard')], done: 0, total: 1 })).toMatchObject({ ok: false });
    expect(await dispatch(exporting, 'writeExportNotes', { folder: second.value, notes: [note('Tard')], done: 0, total: 1 })).toEqual({ ok: true, value: [join(second.value, 'Tard.md')] });
  });

  it('refuses a slice that runs past the whole export', async () => {
    const result = await dispatch(exporting, 'writeExportNotes', { folder: dir, notes: [note('a'), note('b')], done: 9, total: 10 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Invalid argument for writeExportNotes: /);
  });
});
