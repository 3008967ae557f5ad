import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { COUNT_ROWS, expectedLineParagraphs } from './support/storedText';

const SEED_TITLES = [
  /^JAKARTA - La Corée du Nord et la Russie ont imputé/,
  /^Les relations entre la Russie et la Corée du Nord atteignent un « nouveau niveau »/,
  /^Le 22 septembre, le ministère russe des Affaires étrangères/,
  /^l’essentiel/,
  /^Les pays ont signé en juin un traité de partenariat stratégique/,
];

test('first start imports the five seed articles and lists their titles', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  for (const title of SEED_TITLES) await expect(library.source(title)).toBeVisible();
  // The seed whose first line carries a date marker shows that date, not the marker.
  await expect(library.source(/^Les pays ont signé/)).toContainText('November 2024');
  await expect(library.source(/^Les pays ont signé/)).not.toContainText('date 2024');
  await expect(library.report).toContainText('Seed corpus: 5 imported, 0 updated, 0 unchanged.');
  expect(await app.page.evaluate(COUNT_ROWS, 'sources')).toBe(5);
  expect(await app.page.evaluate(COUNT_ROWS, 'versions')).toBe(5);
});

test('the reader shows each seed article exactly as stored, paragraph by paragraph', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const files = readdirSync(app.seedsDir).sort();
  expect(files).toHaveLength(5);
  for (const [i, file] of files.entries()) {
    await library.open(SEED_TITLES[i]!);
    await expect(library.reader.locator('.file-name')).toHaveText(file);
    expect(await library.readerParagraphs()).toEqual(expectedLineParagraphs(join(app.seedsDir, file)));
  }
  // The reader is for reading: nothing in it is editable.
  await expect(library.reader.locator('[contenteditable="true"]')).toHaveCount(0);
});

test('a restart on the same profile duplicates nothing and reopens the last source', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  await library.open(SEED_TITLES[3]!);
  const page = await app.restart();
  const again = new LibraryPage(page);
  await expect(again.report).toContainText('Seed corpus: 0 imported, 0 updated, 5 unchanged.');
  await expect(again.sources).toHaveCount(5);
  await expect(again.reader.getByRole('heading', { level: 1 })).toHaveText('l’essentiel');
  expect(await page.evaluate(COUNT_ROWS, 'sources')).toBe(5);
  expect(await page.evaluate(COUNT_ROWS, 'versions')).toBe(5);
});

test.describe('with a seeds folder of broken files', () => {
  // Windows-1252: é=E9 à=E0 ’=92 «=AB »=BB.
  const latin = 'L’armée française à Séoul\r\n\r\n« Déjà vu », dit-il.\r\n';
  const cp1252 = Buffer.from([...latin].map((ch) => ({ '’': 0x92, é: 0xe9, à: 0xe0, '«': 0xab, '»': 0xbb })[ch] ?? ch.charCodeAt(0)));
  test.use({
    seedFiles: {
      'good.txt': 'Une bonne source\n\nLe texte est lisible.\n',
      'empty.txt': '',
      'image.bin': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0xff, 0x00]),
      'windows-1252.txt': cp1252,
    },
  });
  test('the good files import and the bad ones are reported by name', async ({ app }) => {
    const library = new LibraryPage(app.page);
    await expect(library.sources).toHaveCount(2);
    await expect(library.report).toContainText('2 imported');
    await expect(library.report).toContainText('2 failed');
    await expect(library.report).toContainText('empty.txt: not imported — the file is empty');
    await expect(library.report).toContainText('image.bin: not imported — the file is binary');
    await library.open('L’armée française à Séoul');
    expect(await library.readerParagraphs()).toEqual(['L’armée française à Séoul', '« Déjà vu », dit-il.']);
    // The app keeps working after the failures: the other source opens too.
    await library.open('Une bonne source');
    expect(await library.readerParagraphs()).toEqual(['Une bonne source', 'Le texte est lisible.']);
  });
});

test('Import sources… adds a Markdown file through the same pipeline and report', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  const md = join(app.dataDir, 'notes-de-terrain.md');
  writeFileSync(md, '# Notes de terrain\n\nLa *Corée du Nord* et la Russie.\n');
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${md}\n`);
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.sources).toHaveCount(6);
  await expect(library.report).toContainText('Imported files: 1 imported, 0 updated, 0 unchanged.');
  await library.open('Notes de terrain');
  // Markdown is source text: shown as written, never rendered.
  expect(await library.readerParagraphs()).toEqual(['# Notes de terrain', 'La *Corée du Nord* et la Russie.']);
  // Importing the same seed text again under another name is a duplicate, not a new source.
  writeFileSync(join(app.dataDir, 'copie.txt'), (await import('node:fs')).readFileSync(join(app.seedsDir, '003_02ccfc7f2b3def74.txt')));
  writeFileSync(join(app.dataDir, 'open-next.txt'), join(app.dataDir, 'copie.txt'));
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.report).toContainText('copie.txt: same text as 003_02ccfc7f2b3def74.txt, not stored twice.');
  await expect(library.sources).toHaveCount(6);
});

test('a source’s title and date can be corrected in the reader, and a bad date is refused', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(/^l’essentiel/);
  await library.reader.getByRole('button', { name: 'Edit title and date' }).click();
  const form = library.reader.getByRole('form', { name: 'Edit source details' });
  await form.getByRole('textbox', { name: 'Source date' }).fill('2024-11-32');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('is not a date');
  await form.getByRole('textbox', { name: 'Source title' }).fill('L’essentiel : Choe à Moscou');
  await form.getByRole('textbox', { name: 'Source date' }).fill('2024-11-01');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toHaveCount(0);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('L’essentiel : Choe à Moscou');
  await expect(library.source(/^L’essentiel : Choe à Moscou/)).toContainText('1 November 2024');
  // A restart re-imports the seeds: the user's correction stays.
  const page = await app.restart();
  await expect(new LibraryPage(page).source(/^L’essentiel : Choe à Moscou/)).toContainText('1 November 2024');
});
