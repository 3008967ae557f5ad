import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse } from './support/reader';

const QUOTED = 'Le maire a présenté sa démission au préfet';
const HIGHLIGHTED = 'Le conseil municipal se réunira lundi';

test.use({
  seedFiles: {
    'maire.txt': `Démission du maire\n\n${QUOTED} hier soir. ${HIGHLIGHTED} pour élire son successeur.\n`,
    'pistou.txt': 'Soupe au pistou\n\nFaire revenir les haricots, ajouter le basilic.\n',
  },
});

test('a source goes to the Trash after a question naming what cites it, its passages stay detached, and it comes back or goes for good', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  const library = new LibraryPage(page);
  const notes = new NotesPage(page);
  await notes.create('Revue');
  await library.open('Démission du maire');
  await selectWithMouse(page, QUOTED);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Quote in note' }).click();
  const chip = notes.panel.getByRole('button', { name: 'Open source: Démission du maire' });
  await expect(chip).toBeEnabled();
  await expect(library.reader.getByRole('navigation', { name: 'Notes citing this source' })).toBeVisible();
  await selectWithMouse(page, HIGHLIGHTED);
  await page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(2);
  await notes.waitSaved('passage-quote');
  // Highlighting shows the passage's details; the note is one tab away.
  await page.getByRole('tab', { name: 'Note' }).click();

  // Asked first, with what cites it by name; Cancel changes nothing.
  await library.reader.getByRole('button', { name: 'Move to Trash…', exact: true }).click();
  let dialog = page.getByRole('alertdialog', { name: 'Move “Démission du maire” to the Trash?' });
  await expect(dialog).toContainText('It has 2 passages, cited in 1 note (“Revue”) and 0 events.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(library.sources).toHaveCount(2);

  await library.reader.getByRole('button', { name: 'Move to Trash…', exact: true }).click();
  dialog = page.getByRole('alertdialog', { name: 'Move “Démission du maire” to the Trash?' });
  await dialog.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.sources).toHaveCount(1);
  await expect(library.source('Démission du maire')).toHaveCount(0);
  // The note keeps its quote text, detached.
  const quote = notes.panel.locator('figure.quote-block');
  await expect(quote.locator('blockquote')).toHaveText(QUOTED);
  await expect(quote.locator('.badge')).toHaveText('detached');
  await expect(chip).toBeDisabled();

  // The passages list keeps both, with their text, marked detached.
  await page.getByRole('button', { name: 'All passages' }).click();
  const passages = page.getByRole('list', { name: 'Passages' }).getByRole('listitem');
  await expect(passages).toHaveCount(2);
  await expect(passages.filter({ hasText: HIGHLIGHTED })).toContainText('detached');
  await expect(passages.filter({ hasText: QUOTED })).toContainText('(in the Trash)');

  // The Trash, by keyboard: the source with its date; Restore re-attaches everything.
  await page.locator('body').press('Alt+9');
  const trash = page.getByRole('main', { name: 'Trash' });
  const deleted = trash.getByRole('list', { name: 'Deleted sources' }).getByRole('listitem');
  await expect(deleted).toHaveCount(1);
  await expect(deleted).toContainText('Démission du maire');
  await expect(deleted).toContainText('deleted');
  await expect(deleted).toContainText(String(new Date().getFullYear()));
  await trash.getByRole('button', { name: 'Restore Démission du maire' }).click();
  await expect(trash.getByText('The Trash is empty.')).toBeVisible();
  await expect(library.sources).toHaveCount(2);
  await expect(quote.locator('.badge')).toHaveCount(0);
  await expect(chip).toBeEnabled();

  // Delete from the library with the Delete key, then delete forever, which asks again.
  await library.source('Démission du maire').click();
  await library.source('Démission du maire').press('Delete');
  await page.getByRole('alertdialog', { name: 'Move “Démission du maire” to the Trash?' }).getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.sources).toHaveCount(1);
  await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Trash' }).click();
  await trash.getByRole('button', { name: 'Delete Démission du maire forever' }).click();
  const forever = page.getByRole('alertdialog', { name: 'Delete “Démission du maire” forever?' });
  await expect(forever).toContainText('It has 2 passages, cited in 1 note (“Revue”)');
  await forever.getByRole('button', { name: 'Delete forever' }).click();
  await expect(trash.getByText('The Trash is empty.')).toBeVisible();
  await notes.waitSaved('"detached":true');
  await expect(quote.locator('blockquote')).toHaveText(QUOTED);
  await expect(quote.locator('.badge')).toHaveText('detached');
  await page.getByRole('button', { name: 'All passages' }).click();
  await expect(page.getByRole('list', { name: 'Passages' }).getByRole('listitem')).toHaveCount(0);
});

test('the seeds are imported at every start, yet a seed in the Trash stays there and one deleted forever does not come back', async ({ app }) => {
  test.setTimeout(240_000); // two more starts of the app, on a loaded machine
  const library = new LibraryPage(app.page);
  await library.source('Soupe au pistou').click();
  await library.source('Soupe au pistou').press('Delete');
  await app.page.getByRole('alertdialog', { name: 'Move “Soupe au pistou” to the Trash?' }).getByRole('button', { name: 'Move to Trash' }).click();
  await expect(library.sources).toHaveCount(1);

  let page = await app.restart();
  await expect(page.getByRole('button', { name: 'Import sources…' })).toBeEnabled();
  await expect(new LibraryPage(page).sources).toHaveCount(1);
  await page.locator('body').press('Alt+9');
  const trash = page.getByRole('main', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Delete Soupe au pistou forever' }).click();
  await page.getByRole('alertdialog', { name: 'Delete “Soupe au pistou” forever?' }).getByRole('button', { name: 'Delete forever' }).click();
  await expect(trash.getByText('The Trash is empty.')).toBeVisible();

  page = await app.restart();
  await expect(page.getByRole('button', { name: 'Import sources…' })).toBeEnabled();
  await expect(new LibraryPage(page).sources).toHaveCount(1);
  await expect(new LibraryPage(page).source('Démission du maire')).toHaveCount(1);
});
