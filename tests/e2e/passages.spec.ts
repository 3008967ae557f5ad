import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { selectWithMouse, storedPassages } from './support/reader';

const ESSENTIEL = /^l’essentiel/;
const JAKARTA = /^JAKARTA/;

test('a phrase selected with the mouse becomes an exact passage, highlighted, and survives a restart', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  const phrase = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';
  await selectWithMouse(app.page, phrase);
  const toolbar = app.page.getByRole('toolbar', { name: 'Selection' });
  await toolbar.getByRole('button', { name: 'Highlight' }).click();

  const marks = library.reader.locator('mark[data-passage-id]');
  await expect(marks).toHaveCount(1);
  await expect(marks.first()).toHaveText(phrase);
  // Highlighting clears the selection, so the new highlight is seen as a highlight.
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe('');

  const [passage] = await storedPassages(app.page);
  expect(passage?.selector.exact).toBe(phrase);
  expect(passage?.storedSlice).toBe(phrase);
  await expect(app.page.getByRole('region', { name: 'Passage details' }).getByLabel('Passage text')).toHaveText(phrase);

  const page = await app.restart();
  const again = new LibraryPage(page);
  await expect(again.reader.getByRole('heading', { level: 1 })).toHaveText('l’essentiel');
  await expect(again.reader.locator(`mark[data-passage-id="${passage!.id}"]`)).toHaveText(phrase);
});

test('a selection across two paragraphs is trimmed and stored exactly', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  // From the end of the first paragraph into the next one: the newline between them is source text.
  await selectWithMouse(app.page, 'l’essentiel');
  await app.page.keyboard.down('Shift');
  for (let i = 0; i < 12; i++) await app.page.keyboard.press('ArrowRight');
  await app.page.keyboard.up('Shift');
  await app.page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).not.toHaveCount(0);
  const [passage] = await storedPassages(app.page);
  expect(passage?.selector.exact).toBe(passage?.storedSlice);
  expect(passage?.selector.exact.startsWith('l’essentiel\n')).toBe(true);
  expect(passage?.selector.exact).toBe(passage?.selector.exact.trim());
});

test('passages tagged in two articles are found together under their tag', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  await selectWithMouse(app.page, 'un déploiement de milliers de soldats nord-coréens près du front');
  await app.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Tag' }).click();
  await app.page.getByRole('combobox', { name: 'Tag name' }).fill('troupes');
  await app.page.keyboard.press('Enter');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);

  await library.open(JAKARTA);
  await selectWithMouse(app.page, 'l’envoi de troupes nord-coréennes vers la Russie');
  await app.page.keyboard.press('t');
  await app.page.getByRole('combobox', { name: 'Tag name' }).fill('troupes');
  await app.page.keyboard.press('Enter');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);
  // A third passage with another tag must not show under « troupes ».
  await selectWithMouse(app.page, 'Sergueï Lavrov');
  await app.page.keyboard.press('t');
  await app.page.getByRole('combobox', { name: 'Tag name' }).fill('diplomatie');
  await app.page.keyboard.press('Enter');

  await app.page.getByRole('button', { name: 'All passages' }).click();
  const view = app.page.getByRole('main', { name: 'All passages' });
  await view.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'troupes (2)' }).click();
  const rows = view.getByRole('list', { name: 'Passages' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'un déploiement de milliers de soldats' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'l’envoi de troupes nord-coréennes' })).toHaveCount(1);
  await expect(view.getByRole('button', { name: 'diplomatie (1)' })).toBeVisible();

  // Tags are renamed, merged and coloured in place.
  const tags = view.getByRole('region', { name: 'Tags' });
  await tags.getByRole('textbox', { name: 'Name of troupes' }).fill('militaire');
  await tags.getByRole('textbox', { name: 'Name of troupes' }).press('Enter');
  await expect(view.getByRole('button', { name: 'militaire (2)' })).toBeVisible();
  await tags.getByRole('combobox', { name: 'Merge diplomatie into' }).selectOption('militaire');
  await expect(view.getByRole('button', { name: 'militaire (3)' })).toBeVisible();
  await expect(view.getByRole('button', { name: /^diplomatie/ })).toHaveCount(0);
  await tags.getByLabel('Colour of militaire').fill('#88ccff');
  await app.page.getByRole('button', { name: 'Reader', exact: true }).click();
  await expect(library.reader.locator('mark[data-passage-id]').first()).toHaveCSS('background-color', 'rgb(136, 204, 255)');
});

test('a deleted passage comes back with undo', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  await selectWithMouse(app.page, 'Sergueï Lavrov');
  await app.page.keyboard.press('c');
  await expect(app.page.getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await app.page.getByRole('textbox', { name: 'Comment' }).fill('Le ministre russe');
  await app.page.getByRole('textbox', { name: 'Comment' }).blur();
  await expect.poll(async () => (await storedPassages(app.page))[0]?.memo).toBe('Le ministre russe');

  await app.page.getByRole('button', { name: 'Delete passage' }).click();
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(0);
  await expect.poll(async () => (await storedPassages(app.page)).length).toBe(0);
  await app.page.getByRole('status', { name: 'Last action' }).getByRole('button', { name: 'Undo' }).click();
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveText('Sergueï Lavrov');
  expect((await storedPassages(app.page))[0]?.memo).toBe('Le ministre russe');
});

test('after the seed file changes, passages re-anchor: moved in place, fuzzy and orphaned to review', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  const moved = 'son homologue russe qui s’est félicité “des contacts très étroits”';
  const edited = 'a rencontré son homologue russe Sergueï Lavrov lors d’un voyage très médiatisé en Russie';
  const deleted = 'Cette visite intervient au moment où l’Ukraine et les Occidentaux dénoncent un déploiement';
  for (const phrase of [moved, edited, deleted]) {
    await selectWithMouse(app.page, phrase);
    await app.page.keyboard.press('h');
    await expect(library.reader.locator('mark[data-passage-id]').filter({ hasText: phrase.slice(0, 20) })).not.toHaveCount(0);
  }
  await expect.poll(async () => (await storedPassages(app.page)).length).toBe(3);

  const file = join(app.seedsDir, '003_02ccfc7f2b3def74.txt');
  const original = readFileSync(file, 'utf8');
  const sentence = original.slice(original.indexOf(deleted), original.indexOf('.', original.indexOf(deleted)) + 1);
  const changed = original
    .replace('l’essentiel\n', 'l’essentiel\nUn paragraphe ajouté avant tout le reste, pour déplacer les passages.\n')
    .replace('très médiatisé', 'largement médiatisé')
    .replace(sentence, '');
  expect(changed).not.toBe(original);
  writeFileSync(file, changed);

  const page = await app.restart();
  const again = new LibraryPage(page);
  await expect(again.report).toContainText('1 updated');
  await expect(again.report).toContainText('1 moved, 1 fuzzy, 1 orphaned');
  const passages = await storedPassages(page);
  const byStatus = Object.fromEntries(passages.map((p) => [p.status, p]));
  expect(byStatus['moved']?.selector.exact).toBe(moved);
  expect(byStatus['moved']?.storedSlice).toBe(moved);
  expect(byStatus['fuzzy']?.storedSlice).toContain('largement médiatisé');
  expect(byStatus['orphaned']).toBeDefined();

  await again.open(ESSENTIEL);
  await expect(again.reader.locator(`mark[data-passage-id="${byStatus['moved']!.id}"]`)).toHaveText(moved);
  await page.getByRole('button', { name: 'Needs review (2)' }).click();
  const queue = page.getByRole('list', { name: 'Passages to review' }).getByRole('listitem');
  await expect(queue).toHaveCount(2);
  await expect(queue.filter({ hasText: 'Fuzzy match' })).toContainText(edited);
  await expect(queue.filter({ hasText: 'Orphaned' })).toContainText(deleted);
  await queue.filter({ hasText: 'Orphaned' }).getByRole('button', { name: 'Keep orphan' }).click();
  await queue.filter({ hasText: 'Fuzzy match' }).getByRole('button', { name: 'Confirm match' }).click();
  await expect(page.getByRole('button', { name: 'Needs review (0)' })).toBeVisible();
  expect((await storedPassages(page)).length).toBe(3);
});
