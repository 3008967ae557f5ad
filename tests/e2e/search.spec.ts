import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse } from './support/reader';

/** Ctrl+K, then wait for the search field to take the focus before typing, as a person does. */
async function openPalette(page: import('@playwright/test').Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
}

test('Ctrl+K « coree du nord » finds all five articles and lands on the highlighted words', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  await app.page.keyboard.press('Control+K');
  const palette = app.page.getByRole('dialog', { name: 'Search' });
  await expect(palette.getByRole('searchbox', { name: 'Search everything' })).toBeFocused();
  await app.page.keyboard.type('coree du nord');
  const sources = palette.getByRole('region', { name: 'Sources' }).getByRole('button');
  await expect(sources).toHaveCount(5);
  await expect(sources.first().locator('mark')).toHaveText(/Corée|du|Nord/i);
  await sources.filter({ hasText: 'l’essentiel' }).click();
  await expect(palette).toHaveCount(0);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('l’essentiel');
  const hit = library.reader.locator('mark[data-search-hit="search-0"]');
  await expect(hit).toBeInViewport();
  await expect(library.reader.locator('mark[data-search-hit]').first()).toHaveText(/^(Corée|du|Nord)$/);
});

test('a phrase typed in a note is found and the note opens at it; a passage made a second ago is found', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.createWithText('Carnet', 'Première idée.\nLe rapprochement stratégique entre Moscou et Pyongyang se confirme.', 'rapprochement');
  await notes.panel.getByRole('button', { name: 'Close note' }).click();

  await openPalette(app.page);
  await app.page.keyboard.type('"rapprochement stratégique"');
  const palette = app.page.getByRole('dialog', { name: 'Search' });
  await palette.getByRole('region', { name: 'Notes' }).getByRole('button', { name: /Carnet/ }).click();
  await expect(notes.panel.getByRole('textbox', { name: 'Note title' })).toHaveValue('Carnet');
  await expect.poll(() => app.page.evaluate(() => window.getSelection()?.toString())).toBe('rapprochement stratégique');

  const library = new LibraryPage(app.page);
  await library.open(/^Le 22 septembre/);
  await selectWithMouse(app.page, 'l’échange de délégations de haut niveau');
  await app.page.keyboard.press('t');
  await app.page.getByRole('combobox', { name: 'Tag name' }).fill('diplomatie');
  await app.page.keyboard.press('Enter');
  await openPalette(app.page);
  await app.page.keyboard.type('delegations haut niveau');
  const passages = app.page.getByRole('dialog', { name: 'Search' }).getByRole('region', { name: 'Passages' }).getByRole('button');
  await expect(passages).toHaveCount(1);
  await expect(passages.first()).toContainText('diplomatie');
  await app.page.keyboard.press('Escape');
});

test('find in source highlights every hit with a count and steps through them', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await library.open(/^l’essentiel/);
  await library.reader.getByRole('heading', { level: 1 }).click();
  await app.page.keyboard.press('Control+F');
  await app.page.getByRole('searchbox', { name: 'Find in source' }).fill('soldat');
  const marks = library.reader.locator('mark[data-search-hit]');
  const count = await marks.count();
  expect(count).toBeGreaterThan(2);
  await expect(app.page.getByRole('search', { name: 'Find in source' })).toContainText(`1 of ${count}`);
  await app.page.getByRole('button', { name: 'Next match' }).click();
  await expect(app.page.getByRole('search', { name: 'Find in source' })).toContainText(`2 of ${count}`);
  await expect(library.reader.locator('mark.current')).toBeInViewport();
  await expect(library.reader.locator('mark.current')).toHaveText(/^soldats?$/i);
});
