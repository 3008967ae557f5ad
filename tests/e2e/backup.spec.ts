import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { launchApp } from './support/app';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse, storedPassages } from './support/reader';

const QUOTED = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';

test('a backup restored into an empty profile brings back notes whose citations still lead to their passage', async ({ app }) => {
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
  const library = new LibraryPage(app.page);
  await library.open(/^l’essentiel/);
  await selectWithMouse(app.page, QUOTED);
  await app.page.keyboard.press('t');
  await app.page.getByRole('combobox', { name: 'Tag name' }).fill('guerre');
  await app.page.keyboard.press('Enter');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);
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
