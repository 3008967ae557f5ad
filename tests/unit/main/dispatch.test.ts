import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/createHandlers';
import { dispatch } from '../../../main/ipc/handlerTable';
import { createHarnessDialogs } from '../../../harness/harnessDialogs';
import { SEEDS_DIR } from '../../support/paths';

const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-dispatch-'));
const table = createHandlers({ seedsDir: SEEDS_DIR, dataDir, dialogs: createHarnessDialogs(dataDir) });

describe('dispatch', () => {
  const refusals = [
    { name: 'an unknown method', method: 'deleteEverything', arg: undefined, error: 'Unknown method "deleteEverything".' },
    { name: 'a prototype property posing as a method', method: 'constructor', arg: undefined, error: 'Unknown method "constructor".' },
    { name: 'an argument where none is expected', method: 'readSeeds', arg: { path: '/etc' }, error: /^Invalid argument for readSeeds/ },
  ];
  for (const row of refusals) {
    it(`refuses ${row.name} with a clear message`, async () => {
      const result = await dispatch(table, row.method, row.arg);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(row.error);
    });
  }

  it('answers readSeeds with the five seeds', async () => {
    const result = await dispatch(table, 'readSeeds', undefined);
    expect(result.ok && (result.value as { sources: unknown[] }).sources).toHaveLength(5);
  });

  it('answers openTextFiles with null when the dialog is cancelled', async () => {
    expect(await dispatch(table, 'openTextFiles', undefined)).toEqual({ ok: true, value: null });
  });

  it('reads the files the harness dialog is told to open, once', async () => {
    const md = join(dataDir, 'n.md');
    writeFileSync(md, '# Titre\n');
    writeFileSync(join(dataDir, 'open-next.txt'), `${md}\n`);
    const result = await dispatch(table, 'openTextFiles', undefined);
    expect(result.ok && (result.value as { sources: Array<{ title: string }> }).sources[0]?.title).toBe('Titre'); // a Markdown heading's # is syntax, not title
    expect(readFileSync(join(dataDir, 'open-next.txt'), 'utf8')).toBe('');
  });
});

describe('data folder', () => {
  it('tells the data folder and shows that folder, refusing any argument', async () => {
    expect(await dispatch(table, 'getDataFolder', undefined)).toEqual({ ok: true, value: dataDir });
    expect(await dispatch(table, 'openDataFolder', undefined)).toEqual({ ok: true, value: undefined });
    expect(readFileSync(join(dataDir, 'shown-folder.txt'), 'utf8')).toBe(dataDir);
    const refused = await dispatch(table, 'openDataFolder', { path: '/etc' });
    expect(refused.ok).toBe(false);
  });
});

describe('harness dialogs', () => {
  it('answers a save dialog with a new path under saved/ keeping the suggested name', async () => {
    const dialogs = createHarnessDialogs(dataDir);
    const first = await dialogs.saveFile({ title: 't', defaultName: 'note.md', filters: [] });
    expect(first).toBe(join(dataDir, 'saved', 'note.md'));
    writeFileSync(first!, 'x');
    expect(await dialogs.saveFile({ title: 't', defaultName: 'note.md', filters: [] })).toBe(join(dataDir, 'saved', 'note (2).md'));
    const folder = await dialogs.chooseFolder({ title: 't' });
    expect(folder && existsSync(folder)).toBe(true);
  });
});
