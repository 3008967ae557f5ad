import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import type { AppHandle } from './support/app';
import { selectWithMouse } from './support/reader';

const SEED_003 = '003_02ccfc7f2b3def74.txt';

/** Writes a file under the data folder and makes it the answer of the next open dialog. */
function nextOpen(app: AppHandle, relative: string, content: string | Uint8Array): string {
  const path = join(app.dataDir, relative);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${path}\n`);
  return path;
}

async function importFiles(app: AppHandle): Promise<void> {
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
}

test('an unrelated file with a taken name becomes a second source; both stay readable and are told apart', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  nextOpen(app, 'a/article.txt', 'Le sommet de Vladivostok\n\nLes deux dirigeants ont parlé du gaz et du rail.\n');
  await importFiles(app);
  await expect(library.sources).toHaveCount(6);
  nextOpen(app, 'b/article.txt', 'Recette de la soupe au pistou\n\nFaire revenir les haricots, ajouter le basilic.\n');
  await importFiles(app);
  await expect(library.report).toContainText('Imported files: 1 imported, 0 updated, 0 unchanged.');
  await expect(library.report).toContainText('article.txt: new source “Recette de la soupe au pistou” (another source has this file name: “Le sommet de Vladivostok”');
  await expect(library.sources).toHaveCount(7);
  await expect(library.source(/^Le sommet de Vladivostok/)).toContainText(`article.txt in ${join(app.dataDir, 'a')}`);
  await expect(library.source(/^Recette de la soupe/)).toContainText(`article.txt in ${join(app.dataDir, 'b')}`);
  await library.open('Le sommet de Vladivostok');
  expect(await library.readerParagraphs()).toEqual(['Le sommet de Vladivostok', 'Les deux dirigeants ont parlé du gaz et du rail.']);
  await library.open('Recette de la soupe au pistou');
  expect(await library.readerParagraphs()).toEqual(['Recette de la soupe au pistou', 'Faire revenir les haricots, ajouter le basilic.']);
});

test('a similar file with a seed’s name asks; as a new version it survives the next start', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.report).toContainText('Seed corpus: 5 imported');
  const seedText = readFileSync(join(app.seedsDir, SEED_003), 'utf8');
  nextOpen(app, `mine/${SEED_003}`, `${seedText}\nParagraphe ajouté par moi.\n`);
  await importFiles(app);
  const dialog = app.page.getByRole('dialog', { name: `Is ${SEED_003} a new source?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'New source' })).toBeVisible();
  await dialog.getByRole('button', { name: /^New version of “l’essentiel/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect(library.report).toContainText('Imported files: 0 imported, 1 updated, 0 unchanged.');
  await expect(library.sources).toHaveCount(5);
  await library.open(/^l’essentiel/);
  await expect(library.reader).toContainText('Paragraphe ajouté par moi.');

  const page = await app.restart();
  const again = new LibraryPage(page);
  await expect(again.report).toContainText('Seed corpus: 0 imported, 0 updated, 5 unchanged.');
  await again.open(/^l’essentiel/);
  await expect(again.reader).toContainText('Paragraphe ajouté par moi.');
});

test('answering “New source” keeps the similar file apart', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  const seedText = readFileSync(join(app.seedsDir, SEED_003), 'utf8');
  nextOpen(app, `copie/${SEED_003}`, `${seedText}\nUne autre édition.\n`);
  await importFiles(app);
  await app.page.getByRole('dialog').getByRole('button', { name: 'New source' }).click();
  await expect(library.report).toContainText('Imported files: 1 imported, 0 updated, 0 unchanged.');
  await expect(library.sources).toHaveCount(6);
});

test('the report says which encoding each file was read with, and refuses random bytes', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  // UTF-8 with one stray Windows-1252 apostrophe (0x92): the accents stay.
  const damaged = Buffer.concat([Buffer.from('Armée et été\n\nDéjà vu à Séoul', 'utf8'), Buffer.from([0x92]), Buffer.from('s, élégant.\n', 'utf8')]);
  nextOpen(app, 'abime.txt', damaged);
  await importFiles(app);
  await expect(library.report).toContainText('abime.txt: new source “Armée et été” — read as UTF-8, 1 invalid byte sequence replaced by �.');
  await library.open('Armée et été');
  expect(await library.readerParagraphs()).toEqual(['Armée et été', 'Déjà vu à Séoul\uFFFDs, élégant.']);
  await expect(library.reader).toContainText('UTF-8, 1 invalid byte sequence replaced by �');

  let x = 7;
  const noise = Uint8Array.from({ length: 4096 }, () => 1 + ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) % 255);
  nextOpen(app, 'noise.txt', noise);
  await importFiles(app);
  await expect(library.report).toContainText('noise.txt: not imported — the file is not text');
  await expect(library.sources).toHaveCount(6);
});

test('a source lists its versions, shows an old one read-only, and diffs two with the passages the change orphaned', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(/^l’essentiel/);
  const removed = 'ENTRETIEN. Guerre en Ukraine : soutien de la population locale, désinformation, soldats nord-coréens… où est l’armée ukrainienne à Koursk ?';
  const phrase = 'soutien de la population locale';
  await selectWithMouse(app.page, phrase);
  await app.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Highlight' }).click();
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);

  const seedText = readFileSync(join(app.seedsDir, SEED_003), 'utf8');
  expect(seedText).toContain(`${removed}\n`);
  nextOpen(app, `mine/${SEED_003}`, `${seedText.replace(`${removed}\n`, '')}\nParagraphe ajouté par moi.\n`);
  await importFiles(app);
  await app.page.getByRole('dialog').getByRole('button', { name: /^New version of “l’essentiel/ }).click();
  await expect(library.report).toContainText('0 imported, 1 updated');
  await expect(library.report).toContainText('1 orphaned (see Needs review)');

  await library.reader.getByRole('button', { name: 'Versions' }).click();
  const versions = library.reader.getByRole('region', { name: /^Versions of l’essentiel/ });
  const rows = versions.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3); // header + two versions
  await expect(rows.nth(1)).toContainText('Version 1');
  await expect(rows.nth(1)).toContainText('seed corpus');
  await expect(rows.nth(2)).toContainText('Version 2 (current)');
  await expect(rows.nth(2)).toContainText(join(app.dataDir, 'mine', SEED_003));
  await expect(rows.nth(2)).toContainText('UTF-8');
  await expect(rows.nth(1).locator('code')).toHaveText(/^[0-9a-f]{12}$/);

  await versions.getByRole('button', { name: 'Show version 1' }).click();
  const old = versions.getByRole('region', { name: 'Version 1, read only' });
  await expect(old).toContainText(removed);
  await expect(old).not.toContainText('Paragraphe ajouté par moi.');
  await expect(old.locator('[contenteditable="true"], textarea, input')).toHaveCount(0);

  const diff = versions.getByRole('region', { name: 'Differences' });
  // Counted by hand, a word being a run of letters (nord-coréens and l’armée are two each): the
  // added paragraph has 4 words, the removed line 20.
  await expect(diff).toContainText('4 words added, 20 words removed.');
  await expect(diff.locator('ins')).toContainText(['Paragraphe ajouté par moi.']);
  await expect(diff.locator('del').first()).toContainText('ENTRETIEN');
  await expect(diff.getByRole('list', { name: 'Passages changed by this difference' })).toContainText(`orphaned (to review): « ${phrase} »`);
});
