import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { NotesPage } from './support/notes';
import { selectWithMouse, storedPassages } from './support/reader';

const ESSENTIEL = /^l’essentiel/;
const JAKARTA = /^JAKARTA/;
const QUOTED = 'a rencontré son homologue russe Sergueï Lavrov lors d’un voyage très médiatisé en Russie';

test('a note with a heading, a list, a quote and a citation survives a restart and leads back to the passage', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const notes = new NotesPage(app.page);
  await notes.create('Analyse des sources');
  await notes.text.click();
  await app.page.keyboard.type('# Les faits\nDeux sources concordent.\n- Moscou\nPyongyang\n\n');

  await library.open(JAKARTA);
  await selectWithMouse(app.page, 'samedi (2/11)');
  await app.page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);

  await library.open(ESSENTIEL);
  await selectWithMouse(app.page, QUOTED);
  await app.page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Quote in note' }).click();
  const quote = notes.panel.locator('figure.quote-block');
  await expect(quote).toHaveCount(1);
  await expect(quote.locator('blockquote')).toHaveText(QUOTED);

  await notes.caretToEnd();
  await app.page.keyboard.type('Selon KCNA, /cite 2/11');
  await app.page.getByRole('listbox', { name: 'Passages to cite' }).getByRole('option', { name: /samedi \(2\/11\)/ }).click();
  await expect(notes.panel.getByRole('button', { name: /^Citation: JAKARTA/ })).toBeVisible();
  await notes.waitSaved('passage-citation');

  const page = await app.restart();
  const again = new NotesPage(page);
  await expect(again.panel.getByRole('heading', { level: 1, name: 'Les faits' })).toBeVisible();
  await expect(again.panel.getByRole('listitem').filter({ hasText: 'Moscou' })).toBeVisible();
  await expect(again.panel.getByRole('listitem').filter({ hasText: 'Pyongyang' })).toBeVisible();
  await expect(again.panel.locator('figure.quote-block blockquote')).toHaveText(QUOTED);
  await expect(again.text).not.toContainText('/cite');

  // From the other source, the quote's chip opens its source, scrolled to the passage, flashing.
  const library2 = new LibraryPage(page);
  await library2.open(JAKARTA);
  await again.panel.getByRole('button', { name: 'Open source: l’essentiel' }).click();
  await expect(library2.reader.getByRole('heading', { level: 1 })).toHaveText('l’essentiel');
  const [stored] = (await storedPassages(page)).filter((p) => p.selector.exact === QUOTED);
  const mark = library2.reader.locator(`mark[data-passage-id="${stored!.id}"]`);
  await expect(mark).toHaveText(QUOTED);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveClass(/flash/);
  await expect(library2.reader.getByRole('navigation', { name: 'Notes citing this source' })).toContainText('Analyse des sources');
});

test('deleting a cited passage asks first, names the note, and leaves the quote marked detached', async ({ app }) => {
  const library = new LibraryPage(app.page);
  const notes = new NotesPage(app.page);
  await notes.create('Brouillon');
  await library.open(ESSENTIEL);
  await selectWithMouse(app.page, QUOTED);
  await app.page.keyboard.press('q');
  await expect(notes.panel.locator('figure.quote-block blockquote')).toHaveText(QUOTED);
  await notes.waitSaved('passage-quote');

  await app.page.getByRole('tab', { name: 'Passages' }).click();
  await library.reader.locator('mark[data-passage-id]').first().click();
  await app.page.getByRole('button', { name: 'Delete passage' }).click();
  const dialog = app.page.getByRole('alertdialog', { name: 'Delete a cited passage?' });
  await expect(dialog).toContainText('Brouillon');
  await dialog.getByRole('button', { name: 'Delete passage' }).click();
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(0);

  await app.page.getByRole('tab', { name: 'Note' }).click();
  await expect(notes.panel.locator('figure.quote-block blockquote')).toHaveText(QUOTED);
  await expect(notes.panel.locator('figure.quote-block .badge')).toHaveText('detached');
});

test('undo brings back a deleted paragraph', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.create('Undo');
  await notes.text.click();
  await app.page.keyboard.type('Premier paragraphe.\nSecond paragraphe à supprimer.');
  await expect(notes.text).toContainText('Second paragraphe à supprimer.');
  // Select the second paragraph with its line break, and delete it in one keystroke.
  await app.page.keyboard.down('Shift');
  await app.page.keyboard.press('Home');
  await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.up('Shift');
  await app.page.keyboard.press('Backspace');
  await expect(notes.text).not.toContainText('Second paragraphe');
  await notes.panel.getByRole('button', { name: 'Undo' }).click();
  await expect(notes.text).toContainText('Second paragraphe à supprimer.');
});

test('the same note edited in two tabs never silently drops a side', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.createWithText('Partagée', 'Alpha.', 'Alpha.');

  const other = await app.page.context().newPage();
  await other.goto(app.url);
  const notesB = new NotesPage(other);
  await expect(notesB.text).toContainText('Alpha.');

  // One after the other: the second tab follows the first, then adds to it. Both edits stay.
  await notesB.caretToEnd();
  await other.keyboard.type(' Bravo.');
  await notesB.waitSaved('Bravo.');
  await expect(notes.text).toContainText('Alpha. Bravo.');

  // At the same time: both have unsaved text when the other saves. The later save is not written
  // over the newer note: its tab asks what to do.
  await notes.caretToEnd();
  await app.page.keyboard.type(' Charlie.');
  await notesB.caretToEnd();
  await other.keyboard.type(' Delta.');
  const dialogs = [app.page, other].map((p) => p.getByRole('alertdialog', { name: 'This note changed in another window' }));
  await expect.poll(async () => (await dialogs[0]!.count()) + (await dialogs[1]!.count())).toBe(1);
  const conflicted = (await dialogs[0]!.count()) === 1 ? 0 : 1;
  await dialogs[conflicted]!.getByRole('button', { name: 'Keep mine' }).click();
  const winner = conflicted === 0 ? 'Charlie.' : 'Delta.';
  await notes.waitSaved(winner);
  await other.close();
});

test('notes are duplicated, sorted, moved to the trash and restored', async ({ app }) => {
  const notes = new NotesPage(app.page);
  await notes.createWithText('Zèbre', 'Texte du zèbre.', 'zèbre');
  await notes.create('Abeille');
  const names = () => notes.list.locator('.note-title').allTextContents();
  // Last edited first by default; by title on request.
  expect(await names()).toEqual(['Abeille', 'Zèbre']);
  await notes.list.getByRole('button', { name: 'Duplicate Zèbre' }).click();
  await expect(notes.panel.getByRole('textbox', { name: 'Note title' })).toHaveValue('Zèbre (copy)');
  await expect(notes.text).toContainText('Texte du zèbre.');
  await app.page.getByRole('combobox', { name: 'Sort notes' }).selectOption('title');
  expect(await names()).toEqual(['Abeille', 'Zèbre', 'Zèbre (copy)']);

  await notes.list.getByRole('button', { name: 'Move Zèbre to trash' }).click();
  expect(await names()).toEqual(['Abeille', 'Zèbre (copy)']);
  await app.page.getByRole('button', { name: 'Trash (1)' }).click();
  await app.page.getByRole('list', { name: 'Trash' }).getByRole('button', { name: 'Restore Zèbre' }).click();
  await expect(notes.list.locator('.note-title')).toHaveText(['Abeille', 'Zèbre', 'Zèbre (copy)']);
});
