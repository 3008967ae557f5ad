import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../main/ipc/createHandlers';
import { dispatch } from '../../../main/ipc/handlerTable';
import { createHarnessDialogs } from '../../../harness/harnessDialogs';
import { readSourceFiles } from '../../../main/services/readSourceFiles';
import { readTextFileLimited } from '../../../main/services/readTextFile';
import { setMainLanguage } from '../../../main/services/mainText';
import { SEEDS_DIR } from '../../support/paths';

// Main's refusals and import reasons follow the language the window says (setUiLanguage), as its
// menus do; written here by hand in both languages.
const dataDir = mkdtempSync(join(tmpdir(), 'verbatim-main-language-'));
const table = createHandlers({ seedsDir: SEEDS_DIR, dataDir, dialogs: createHarnessDialogs(dataDir) });
const files = mkdtempSync(join(tmpdir(), 'verbatim-main-language-files-'));
writeFileSync(join(files, 'vide.txt'), '');
writeFileSync(join(files, 'blancs.txt'), ' \n\n \t\n');
mkdirSync(join(files, 'dossier.txt'));

afterEach(() => setMainLanguage('en'));

async function said(language: 'en' | 'fr') {
  expect(await dispatch(table, 'setUiLanguage', language)).toEqual({ ok: true, value: undefined });
  const batch = await readSourceFiles([join(files, 'vide.txt'), join(files, 'blancs.txt'), join(files, 'absent.txt')], 'files');
  return {
    reasons: batch.failures.map((f) => `${f.fileName}: ${f.reason}`),
    folder: await dispatch(table, 'writeExportNotes', { folder: files, notes: [{ title: 'x', markdown: 'x' }], done: 0, total: 1 }),
    backup: await dispatch(table, 'backupReadBegin', { from: 'auto', name: 'pas-une-sauvegarde.json' }),
    notAFile: await readTextFileLimited(join(files, 'dossier.txt')).catch((e: Error) => e.message),
  };
}

describe('main speaks the language the window says', () => {
  it('in English', async () => {
    expect(await said('en')).toEqual({
      reasons: ['vide.txt: the file is empty', 'blancs.txt: the file holds only white space', 'absent.txt: the file no longer exists'],
      folder: { ok: false, error: 'That folder was not chosen for an export: choose it again.' },
      backup: { ok: false, error: '“pas-une-sauvegarde.json” is not an automatic backup.' },
      notAFile: 'dossier.txt is not a file.',
    });
  });

  it('in French, and back in English', async () => {
    expect(await said('fr')).toEqual({
      reasons: ['vide.txt: le fichier est vide', 'blancs.txt: le fichier ne contient que des espaces', 'absent.txt: le fichier n’existe plus'],
      folder: { ok: false, error: 'Ce dossier n’a pas été choisi pour un export\u00a0: choisissez-le à nouveau.' },
      backup: { ok: false, error: '«\u00a0pas-une-sauvegarde.json\u00a0» n’est pas une sauvegarde automatique.' },
      notAFile: 'dossier.txt n’est pas un fichier.',
    });
    expect((await said('en')).notAFile).toBe('dossier.txt is not a file.');
  });
});
