import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { launchApp } from './support/app';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse, storedPassages, tagPhraseInSource } from './support/reader';

const QUOTED = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';

test('a backup restored into an empty profile brings back notes whose citations still lead to their passage', async ({ app }) => {
  test.slow(); // two whole apps at once, on a loaded machine
  const library = new LibraryPage(app.page);
  const notes = new NotesPage(app.page);
  await notes.create('À sauvegarder');
  await library.open(/^l’essentiel/);
  await selectWithMouse(app.page, QUOTED);
  await app.page.keyboard.press('q');
  await notes.waitSaved('passage-quote');

  await app.page.getByRole('button', { name: 'Backups' }).click();
  await app.page.getByRole('button', { name: 'Back up notebook…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Notebook backed up to');
  const [file] = readdirSync(join(app.dataDir, 'saved'));
  const backup = join(app.dataDir, 'saved', file!);

  // Another machine: a fresh profile, with only the seeds.
  const other = await launchApp();
  try {
    const page = other.page;
    await expect(new LibraryPage(page).sources).toHaveCount(5);
    const copy = join(other.dataDir, 'backup.json');
    copyFileSync(backup, copy);
    writeFileSync(join(other.dataDir, 'open-next.txt'), copy);
    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Restore from file…' }).click();
    await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Notebook restored: 5 sources, 1 passages, 1 notes');
    const notesB = new NotesPage(page);
    await notesB.list.getByRole('button', { name: /^À sauvegarder/ }).click();
    await notesB.panel.getByRole('button', { name: 'Open source: l’essentiel' }).click();
    const [stored] = await storedPassages(page);
    await expect(new LibraryPage(page).reader.locator(`mark[data-passage-id="${stored!.id}"]`)).toHaveText(QUOTED);
  } finally {
    await other.close();
  }
});

test('a corrupted backup is refused with a message and the notebook is unchanged', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(/^l’essentiel/);
  await selectWithMouse(app.page, QUOTED);
  await app.page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]').first()).toBeVisible();
  await app.page.getByRole('button', { name: 'Backups' }).click();
  await app.page.getByRole('button', { name: 'Back up notebook…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Notebook backed up to');
  const [file] = readdirSync(join(app.dataDir, 'saved'));
  const json = readFileSync(join(app.dataDir, 'saved', file!), 'utf8');
  const corrupted = join(app.dataDir, 'corrupted.json');
  writeFileSync(corrupted, json.replace('Corée du Nord sera', 'Corée du Sud sera'));
  writeFileSync(join(app.dataDir, 'open-next.txt'), corrupted);
  await app.page.getByRole('button', { name: 'Restore from file…' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/Restore refused: This backup is damaged: the part “\w+” does not match its checksum\. Nothing was changed\./);
  expect((await storedPassages(app.page)).map((p) => p.selector.exact)).toEqual([QUOTED]);
  await expect(app.page.getByRole('alertdialog')).toHaveCount(0);
});

test('annotations go out as W3C JSON-LD and CSV, and come back in without duplicates', async ({ app }) => {
  await tagPhraseInSource(app.page, /^l’essentiel/, QUOTED, 'guerre');
  await app.page.getByRole('button', { name: 'Backups' }).click();
  await app.page.getByRole('button', { name: 'Export annotations (W3C)…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('Annotations exported to');
  const jsonld = JSON.parse(readFileSync(join(app.dataDir, 'saved', 'verbatim-annotations.jsonld'), 'utf8'));
  expect(jsonld.type).toBe('AnnotationCollection');
  expect(jsonld.first.items[0].target.selector[0]).toMatchObject({ type: 'TextQuoteSelector', exact: QUOTED });
  expect(jsonld.first.items[0].body).toEqual([{ type: 'TextualBody', value: 'guerre', purpose: 'tagging' }]);

  await app.page.getByRole('combobox', { name: 'CSV tag' }).selectOption('guerre');
  await app.page.getByRole('button', { name: 'Export passages as CSV…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('passages-guerre.csv');
  const csv = readFileSync(join(app.dataDir, 'saved', 'passages-guerre.csv'), 'utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^guerre,003_02ccfc7f2b3def74\.txt,12,\d+,/);

  writeFileSync(join(app.dataDir, 'open-next.txt'), join(app.dataDir, 'saved', 'verbatim-annotations.jsonld'));
  await app.page.getByRole('button', { name: 'Import annotations…' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText('0 imported, 1 already here, 0 orphaned');
  expect(await storedPassages(app.page)).toHaveLength(1);
});

/**
 * Rewrites one table's rows in a backup file and signs them again as the format describes (a chunk
 * line per part, its rows as a JSON string, SHA-256 of that string): the file is intact, the rows not.
 */
function resign(backup: string, part: string, change: (rows: Array<Record<string, unknown>>) => void): string {
  return backup
    .split('\n')
    .map((line) => {
      if (!line.startsWith(`{"part":"${part}"`)) return line;
      const chunk = JSON.parse(line) as { part: string; count: number; sha256: string; data: string };
      const rows = JSON.parse(chunk.data) as Array<Record<string, unknown>>;
      change(rows);
      const data = JSON.stringify(rows);
      return JSON.stringify({ part: chunk.part, count: rows.length, sha256: createHash('sha256').update(data, 'utf8').digest('hex'), data });
    })
    .join('\n');
}

async function backUp(page: Page, dataDir: string): Promise<string> {
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Back up notebook…' }).click();
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Notebook backed up to');
  const file = readdirSync(join(dataDir, 'saved')).find((f) => f.endsWith('.json'))!;
  return join(dataDir, 'saved', file);
}

/** Writes a note straight into IndexedDB, as a damaged restore or a bug could have left it. */
function putNote(page: Page, note: { id: string; title: string; content: string }) {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('notes', 'readwrite');
          tx.objectStore('notes').put({ ...n, revision: 1, createdAt: '2026-11-30T08:00:00.000Z', updatedAt: '2026-11-30T08:00:00.000Z', deletedAt: '' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    note,
  );
}

test('a backup with intact checksums but a note the editor cannot open is refused, and the notebook is unchanged', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.createWithText('Intacte', 'Mon analyse.', 'Mon analyse.');
  const path = await backUp(app.page, app.dataDir);
  const damaged = join(app.dataDir, 'damaged.json');
  writeFileSync(damaged, resign(readFileSync(path, 'utf8'), 'notes', (rows) => (rows[0]!['content'] = '{"root":{"type":"root","children":[{"type":"text","text":"x"}]}}')));
  writeFileSync(join(app.dataDir, 'open-next.txt'), damaged);
  await app.page.getByRole('button', { name: 'Restore from file…' }).click();
  await expect(app.page.getByRole('alert')).toContainText(/Restore refused: This backup holds a damaged record: record 1 of “notes” \([0-9a-f-]+\) is not a note the editor can open\. Nothing was changed\./);
  await expect(app.page.getByRole('alertdialog')).toHaveCount(0);
  await notes.list.getByRole('button', { name: /^Intacte/ }).click();
  await expect(notes.text).toHaveText('Mon analyse.');
});

test('a note that cannot be shown breaks only its pane; Backups still restores, and the next start does not reopen it', async ({ app }) => {
  test.setTimeout(180_000); // three starts of the app, on a loaded machine
  const notes = new NotesPage(app.page);
  await notes.createWithText('Saine', 'Texte sain.', 'Texte sain.');
  const good = await backUp(app.page, app.dataDir);

  // A note the editor cannot load, left open as the last note.
  await putNote(app.page, { id: 'broken-note', title: 'Cassée', content: '{"root":{"type":"root","children":[' });
  await app.page.evaluate(() => localStorage.setItem('verbatim.lastNoteId', 'broken-note'));
  let page = await app.restart();
  await expect(page.getByRole('alert', { name: 'Note failed' })).toContainText('The note pane could not be shown');
  // Everything else works: the library, the notes list, and the Backups view.
  await expect(new LibraryPage(page).sources).toHaveCount(5);
  await expect(new NotesPage(page).list.getByRole('button', { name: /^Cassée/ })).toBeVisible();

  // The next start is a safe one: the last note is not reopened, and it says so.
  page = await app.restart();
  await expect(page.getByRole('status', { name: 'Safe start' })).toContainText('the last note was not reopened');
  await expect(page.getByRole('alert', { name: 'Note failed' })).toHaveCount(0);
  await page.getByRole('status', { name: 'Safe start' }).getByRole('button', { name: 'Restore from a backup' }).click();
  writeFileSync(join(app.dataDir, 'open-next.txt'), good);
  await page.getByRole('button', { name: 'Restore from file…' }).click();
  await page.getByRole('alertdialog', { name: 'Replace this notebook?' }).getByRole('button', { name: 'Restore backup' }).click();
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Notebook restored');
  await expect(new NotesPage(page).list.getByRole('button', { name: /^Cassée/ })).toHaveCount(0);
  await new NotesPage(page).list.getByRole('button', { name: /^Saine/ }).click();
  await expect(new NotesPage(page).text).toHaveText('Texte sain.');
});

test('restoring over work keeps that work as an automatic backup that rotation never removes', async ({ app }) => {
  test.slow(); // the whole app, on a loaded machine
  const notes = new NotesPage(app.page);
  await notes.createWithText('Avant', 'Première version.', 'Première version.');
  const path = await backUp(app.page, app.dataDir);
  await notes.createWithText('Après', 'Travail à garder.', 'Travail à garder.');
  writeFileSync(join(app.dataDir, 'open-next.txt'), path);
  await app.page.getByRole('button', { name: 'Restore from file…' }).click();
  await app.page.getByRole('alertdialog', { name: 'Replace this notebook?' }).getByRole('button', { name: 'Restore backup' }).click();
  const notice = app.page.getByRole('status', { name: 'Notice' });
  await expect(notice).toContainText(/What was here is kept as the automatic backup verbatim-\d{8}T\d{6}-before-restore\.json\./);
  const kept = /(verbatim-\S+-before-restore\.json)/.exec((await notice.textContent()) ?? '')![1]!;
  expect(readFileSync(join(app.dataDir, 'backups', kept), 'utf8')).toContain('Travail à garder.');
  await expect(app.page.getByRole('button', { name: `Restore ${kept}` })).toBeVisible();
  await expect(notes.list.getByRole('button', { name: /^Après/ })).toHaveCount(0);
});

test('a notebook holding only imported sources is kept before a restore replaces it', async ({ app }) => {
  // The seeds are imported once the window is drawn; the backup must hold them.
  await expect(new LibraryPage(app.page).sources).toHaveCount(5);
  const path = await backUp(app.page, app.dataDir);
  const article = join(app.dataDir, 'mon-article.txt');
  writeFileSync(article, 'Mon article\n\nUn texte que je n’ai nulle part ailleurs.\n');
  writeFileSync(join(app.dataDir, 'open-next.txt'), article);
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(new LibraryPage(app.page).sources).toHaveCount(6);
  writeFileSync(join(app.dataDir, 'open-next.txt'), path);
  await app.page.getByRole('button', { name: 'Restore from file…' }).click();
  await app.page.getByRole('alertdialog', { name: 'Replace this notebook?' }).getByRole('button', { name: 'Restore backup' }).click();
  await expect(app.page.getByRole('status', { name: 'Notice' })).toContainText(/kept as the automatic backup verbatim-\S+-before-restore\.json/);
  await expect(new LibraryPage(app.page).sources).toHaveCount(5);
});

test('backups cut short by a closed window leave no temporary file after the next start', async ({ app }) => {
  test.slow(); // the whole app, on a loaded machine
  // Two backups begun and never finished (the window closed mid-way): one to a chosen file, one automatic.
  await app.page.evaluate(async () => {
    const api = (window as unknown as { notebook: import('../../common/ipc/contract').NotebookApi }).notebook;
    for (const target of [{ to: 'file', title: 'Back up notebook', suggestedName: 'coupée.json' }, { to: 'auto', reason: 'scheduled' }] as const) {
      const begun = await api.backupWriteBegin(target);
      await api.backupWriteAppend({ id: begun!.id, text: '{"format":"verbatim-backup","version":2}\n' });
    }
  });
  const temps = () => [join(app.dataDir, 'saved'), join(app.dataDir, 'backups')].flatMap((dir) => (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.tmp')));
  expect(temps()).toHaveLength(2);
  await app.restart();
  await expect.poll(temps).toEqual([]);
  await app.page.getByRole('button', { name: 'Backups', exact: true }).click();
  await expect(app.page.getByText('None yet: one is made every ten minutes while the notebook changes.')).toBeVisible();
});
