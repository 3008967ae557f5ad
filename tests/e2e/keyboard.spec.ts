import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { storedPassages } from './support/reader';
import { NotesPage, holdNoteWrites, holdWrites, releaseNoteWrites } from './support/notes';

const ESSENTIEL = /^l’essentiel/;

test('a passage is selected and highlighted with the keyboard alone, and the new highlight shows', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  // From the library, Tab leads into the middle pane; the text of the source takes the focus.
  const text = library.reader.getByRole('article', { name: /^Text of/ });
  await text.focus();
  await expect(text).toBeFocused();
  await expect(page.locator('.reader-caret')).toBeVisible();

  // The first line is « l’essentiel »; the second starts « La Corée du Nord sera… ».
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('La Corée du Nord');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar).toBeVisible();
  // Two more characters with Shift+ArrowRight: « La Corée du Nord s ».
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('La Corée du Nord s');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('La Corée du Nord');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('h');

  const mark = library.reader.locator('mark[data-passage-id]');
  await expect(mark).toHaveText('La Corée du Nord');
  await expect.poll(async () => (await storedPassages(page)).map((p) => p.storedSlice)).toEqual(['La Corée du Nord']);
  // The selection is gone, so the highlight is seen as a highlight; the caret stays in the text.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('');
  await expect(toolbar).toHaveCount(0);
  await expect(text).toBeFocused();

  // Go on from the caret: select the next words by word and comment them (C), saved with Ctrl+Enter.
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe('sera aux');
  await page.keyboard.press('c');
  const comment = page.getByRole('region', { name: 'Passage details' }).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await page.keyboard.type('futur proche');
  await expect(page.getByRole('button', { name: 'Save comment' })).toBeEnabled();
  await page.keyboard.press('Control+Enter');
  await expect.poll(async () => (await storedPassages(page)).find((p) => p.storedSlice === 'sera aux')?.memo).toBe('futur proche');
  await expect(comment).toBeFocused();
  await expect(page.getByRole('button', { name: 'Save comment' })).toBeDisabled();
});

/** Opens « l’essentiel » with its text focused and the reader's caret drawn at the start. */
async function focusEssentiel(page: Page): Promise<{ library: LibraryPage; text: Locator }> {
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  const text = library.reader.getByRole('article', { name: /^Text of/ });
  await text.focus();
  await expect(text).toBeFocused();
  await expect(page.locator('.reader-caret')).toBeVisible();
  return { library, text };
}

/** Ctrl+Shift+→ `words` times, then waits until the page's selection reads `expected`. */
async function selectWords(page: Page, words: number, expected: string): Promise<void> {
  for (let i = 0; i < words; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().trim())).toBe(expected);
}

/**
 * From here on the reader never hears of a selection change: what a fast typist meets on a busy
 * machine, where its selectionchange listener (and the toolbar drawn after it) runs after the next
 * key. Held back so the race is certain.
 */
const holdBackSelectionChange = (page: Page) =>
  page.evaluate(() => window.addEventListener('selectionchange', (event) => event.stopImmediatePropagation(), true));

/** Presses `key` and types `typed` while the passage's write waits, as on a very busy machine. */
async function pressThenTypeBeforeThePassageIsStored(page: Page, key: string, typed: string): Promise<void> {
  await holdWrites(page, 'verbatim', 'passages');
  await page.keyboard.press(key);
  await page.keyboard.type(typed);
  await releaseNoteWrites(page);
}

/** From another view back to the reader's text, where « sera aux » (second line) is selected. */
async function backToReaderSelecting(page: Page, text: Locator): Promise<void> {
  await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Reader' }).click();
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+ArrowRight');
  await selectWords(page, 2, 'sera aux');
}

const passagesAndTags = async (page: Page) => (await storedPassages(page)).map((p) => [p.storedSlice, p.tags.join()]).sort();

test('a key pressed right after Shift+arrows acts on the whole selection, even before the reader has caught up', async ({ app }) => {
  const page = app.page;
  const { library } = await focusEssentiel(page);
  await page.keyboard.press('ArrowDown');
  // Where the race starts from: the reader has heard of this selection (it failed once in CI as
  // « l’essentiel… La Corée », the caret never having left the first line; not reproduced since).
  await selectWords(page, 2, 'La Corée');
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toBeVisible();
  await holdBackSelectionChange(page);
  await selectWords(page, 2, 'La Corée du Nord');
  await page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveText('La Corée du Nord');
  await expect.poll(async () => (await storedPassages(page)).map((p) => p.storedSlice)).toEqual(['La Corée du Nord']);
});

test('T pressed right after the selection grew tags the whole selection, not the one the toolbar was drawn for', async ({ app }) => {
  const page = app.page;
  const { library } = await focusEssentiel(page);
  await page.keyboard.press('ArrowDown');
  await selectWords(page, 2, 'La Corée');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar).toBeVisible();
  await holdBackSelectionChange(page);
  await selectWords(page, 2, 'La Corée du Nord');
  await page.keyboard.press('t');
  const tagName = toolbar.getByRole('combobox', { name: 'Tag name' });
  await expect(tagName).toBeFocused();
  await page.keyboard.type('alliance');
  await page.keyboard.press('Enter');
  await expect.poll(() => passagesAndTags(page)).toEqual([['La Corée du Nord', 'alliance']]);
  // The tag field closes at once; the new highlight shows.
  await expect(tagName).toHaveCount(0);
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveText('La Corée du Nord');
});

test('E and T pressed before the selection toolbar is drawn still act on the selection', async ({ app }) => {
  const page = app.page;
  const { text } = await focusEssentiel(page);
  // For the whole test: the toolbar never comes before the key (a CI run once lost an E this way
  // in the keyboard session).
  await holdBackSelectionChange(page);
  await page.keyboard.press('ArrowDown');
  await selectWords(page, 4, 'La Corée du Nord');
  const toolbar = page.getByRole('toolbar', { name: 'Selection' });
  await expect(toolbar).toHaveCount(0);
  await page.keyboard.press('e');
  const eventTitle = page.getByRole('region', { name: 'Event details' }).getByRole('textbox', { name: 'Title' });
  await expect(eventTitle).toBeVisible();
  await expect(eventTitle).toHaveValue(/La Corée du Nord/);
  await expect.poll(() => passagesAndTags(page)).toEqual([['La Corée du Nord', '']]);

  // T opens the tag field on the selection the key saw; the tag goes on a passage of those words.
  await backToReaderSelecting(page, text);
  await page.keyboard.press('t');
  await expect(toolbar.getByRole('combobox', { name: 'Tag name' })).toBeFocused();
  await page.keyboard.type('futur');
  await page.keyboard.press('Enter');
  await expect.poll(() => passagesAndTags(page)).toEqual([['La Corée du Nord', ''], ['sera aux', 'futur']]);
});

test('letters typed right after C or E, while the passage is being made, go into the comment and the event title', async ({ app }) => {
  const page = app.page;
  const { text } = await focusEssentiel(page);
  await page.keyboard.press('ArrowDown');
  await selectWords(page, 4, 'La Corée du Nord');
  // The letters come before the comment field. « cette entente » holds C, E and T, the reader's
  // Comment, New event and Tag.
  await pressThenTypeBeforeThePassageIsStored(page, 'c', 'cette entente');
  const comment = page.getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue('cette entente');
  await page.keyboard.type(' durable');
  await comment.blur();
  await expect.poll(async () => (await storedPassages(page)).map((p) => [p.storedSlice, p.memo])).toEqual([['La Corée du Nord', 'cette entente durable']]);

  // C again on the same words: the same passage, its comment field already on screen; the letters go
  // on at the end of its comment.
  await text.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowDown');
  await selectWords(page, 4, 'La Corée du Nord');
  await pressThenTypeBeforeThePassageIsStored(page, 'c', ' et secrete');
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue('cette entente durable et secrete');
  await comment.blur();
  await expect.poll(async () => (await storedPassages(page)).map((p) => [p.storedSlice, p.memo])).toEqual([['La Corée du Nord', 'cette entente durable et secrete']]);

  // E: the letters replace the proposed title, as typing over it would.
  await backToReaderSelecting(page, text);
  await pressThenTypeBeforeThePassageIsStored(page, 'e', 'Accord etendu');
  const eventTitle = page.getByRole('region', { name: 'Event details' }).getByRole('textbox', { name: 'Title' });
  await expect(eventTitle).toBeFocused();
  await expect(eventTitle).toHaveValue('Accord etendu');
  await eventTitle.blur();
  await expect(page.getByRole('list', { name: 'Event list' })).toContainText('Accord etendu');
  await expect.poll(async () => (await storedPassages(page)).map((p) => p.storedSlice).sort()).toEqual(['La Corée du Nord', 'sera aux']);
});

test('the shortcut sheet lists the shortcuts, opens with ? and gives the focus back', async ({ app }) => {
  const page = app.page;
  const first = page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first();
  await first.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const does of ['Highlight', 'Search everything', 'Move to the next / previous pane', 'Select by word (Alt+Shift on macOS)', 'Save the comment', 'Maximize or restore the pane with the focus']) {
    await expect(sheet.getByText(does, { exact: true })).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(first).toBeFocused();
  // The toolbar button opens it too.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('every view is reached from the keyboard, F6 moves between panes, and the focus is always drawn', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible();
  const views: Array<[string, string]> = [
    ['2', 'All passages'],
    ['3', 'Events'],
    ['4', 'Timeline'],
    ['5', 'Entities'],
    ['6', 'Needs review'],
    ['7', 'Backups'],
    ['8', 'Settings'],
    ['1', 'Reader'],
  ];
  for (const [key, main] of views) {
    await page.keyboard.press(`Alt+${key}`);
    await expect(page.getByRole('main', { name: main, exact: true })).toBeVisible();
  }

  // F6 walks library → middle → side pane → library.
  await page.locator('body').focus();
  const paneWithFocus = () => page.evaluate(() => document.activeElement?.closest('[data-pane]')?.getAttribute('data-pane') ?? null);
  await page.keyboard.press('F6');
  await expect.poll(paneWithFocus).toBe('left');
  await page.keyboard.press('F6');
  await expect.poll(paneWithFocus).toBe('centre');
  await page.keyboard.press('F6');
  await expect.poll(paneWithFocus).toBe('side');
  await page.keyboard.press('Shift+F6');
  await expect.poll(paneWithFocus).toBe('centre');

  // Tab through the first forty stops from the toolbar: each focused control draws a visible outline.
  await page.getByRole('button', { name: 'Import sources…' }).focus();
  const undrawn: string[] = [];
  let stops = 0;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const drawn = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Past the last control the focus leaves the page for a moment: not a control to check.
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      return outline || style.boxShadow !== 'none' ? 'drawn' : `${el.tagName} “${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30)}” has no visible focus`;
    });
    if (drawn === null) continue;
    stops++;
    if (drawn !== 'drawn') undrawn.push(drawn);
  }
  expect(stops).toBeGreaterThan(20);
  expect(undrawn).toEqual([]);
});

test('New note puts the cursor in its title', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New note' }).click();
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeFocused();
  await page.keyboard.type('Chronologie');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Chronologie/ })).toBeVisible();
});

test('keys typed while a new note is being created all reach it: its title, and after an Enter its text', async ({ app }) => {
  const page = app.page;
  // The note's creation is held back, so every key below is typed before the title exists, as on a
  // busy machine (where it exists some tens of ms later).
  await holdNoteWrites(page);
  await page.getByRole('button', { name: 'New note' }).click();
  // A space or an Enter on the New note button would press it again. ASCII only: Playwright types a
  // character its US layout lacks (é) as inserted text, with no key event a page could hold.
  await page.keyboard.type('Notes de terrain');
  await page.keyboard.press('Enter');
  // Typing on after the Enter, still before the note exists: that is the text's beginning.
  await page.keyboard.type('Premier jet');
  await releaseNoteWrites(page);

  await expect(page.getByRole('textbox', { name: 'Note title' })).toHaveValue('Notes de terrain');
  const text = page.getByRole('textbox', { name: 'Note text' });
  await expect(text).toBeFocused();
  await expect(text).toHaveText('Premier jet');
  await page.keyboard.type(', et la suite.');
  await expect(text).toHaveText('Premier jet, et la suite.');
  const list = page.getByRole('list', { name: 'Note list' });
  await expect(list.getByRole('button', { name: /^Notes de terrain/ })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
});

test('a title typed into the open note while a new one is being created stays with the open note', async ({ app }) => {
  const page = app.page;
  const notes = new NotesPage(page);
  await notes.createWithText('Zebre', 'Texte du zebre.', 'zebre');
  await holdNoteWrites(page);
  await page.getByRole('button', { name: 'New note' }).click();
  // The user goes back to the title still shown (the open note's) and retypes it, without leaving it:
  // the new note then opens in its place, and the field goes with no blur to save it.
  const title = page.getByRole('textbox', { name: 'Note title' });
  await title.fill('Abeille');
  await releaseNoteWrites(page);

  await expect(title).toHaveValue('Untitled note');
  const list = page.getByRole('list', { name: 'Note list' });
  await expect(list.getByRole('button', { name: /^Abeille/ })).toBeVisible();
  await expect(list.getByRole('button', { name: /^Untitled note/ })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
});
