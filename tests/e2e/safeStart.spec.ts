import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/app';
import { LibraryPage } from './support/library';
import { NotesPage, holdNoteWrites, journalledText } from './support/notes';

/**
 * The page dies for real (Chromium's renderer process is crashed through the DevTools protocol, as an
 * out-of-memory or a renderer bug would end it): no pagehide, no unload, nothing of ours runs. The
 * next load at the same origin is what a user sees after the crash.
 */
async function crash(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The command never answers: its page is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close().catch(() => undefined);
}

/** Opens the app again in a new tab of the same browser (same origin, same profile). */
async function openAgain(app: AppHandle): Promise<Page> {
  const page = await app.page.context().newPage();
  await page.goto(app.url);
  return page;
}

const ESSENTIEL = /^l’essentiel/;
const SAVED = 'Texte enregistré.';
const UNSAVED = ' Tapé juste avant la panne.';

test('after a crash during work the next start is safe: it says so, reopens nothing, recovers the unsaved text, and can reopen what was open', async ({ app }) => {
  test.slow(); // a crash and two starts of the whole app
  const library = new LibraryPage(app.page);
  await library.open(ESSENTIEL);
  const notes = new NotesPage(app.page);
  await notes.createWithText('Ouverte', SAVED, SAVED);
  await notes.caretToEnd();
  // The timed save cannot store what is typed next (on a loaded machine it could run before the
  // crash): only the draft journal holds it when the page dies.
  await holdNoteWrites(app.page);
  await app.page.keyboard.type(UNSAVED);
  await expect.poll(() => journalledText(app.page)).toContain(UNSAVED.trim());
  await crash(app.page);

  const page = await openAgain(app);
  const notice = page.getByRole('status', { name: 'Safe start' });
  await expect(notice).toContainText('Verbatim stopped unexpectedly last time, so this is a safe start');
  await expect(notice).toContainText('the note “Ouverte”, the source “l’essentiel” and the pane layout were not reopened');
  await expect(notice).toContainText('Unsaved text of 1 note was recovered.');
  // Nothing of what was open is reopened: no note, and the reader shows another source.
  const again = new NotesPage(page);
  await expect(again.list.getByRole('button', { name: /^Ouverte/ })).toBeVisible();
  await expect(again.text).toHaveCount(0);
  await expect(new LibraryPage(page).reader.getByRole('heading', { level: 1 })).not.toHaveText(ESSENTIEL);
  // The text typed just before the crash went back into its note.
  await again.waitSaved(SAVED + UNSAVED);

  await notice.getByRole('button', { name: 'Reopen what was open' }).click();
  await expect(again.text).toHaveText(SAVED + UNSAVED);
  await expect(new LibraryPage(page).reader.getByRole('heading', { level: 1 })).toHaveText(ESSENTIEL);
  await expect(page.getByRole('status', { name: 'Safe start' })).toHaveCount(0);
});

test('a page that dies while starting, twice in a row, is seen without main’s help and the note stays closed until asked for', async ({ app }) => {
  test.slow(); // three crashes and starts of the whole app
  const notes = new NotesPage(app.page);
  await notes.createWithText('Suspecte', 'Peut-être la cause.', 'Peut-être la cause.');
  // A clean reload: the last note reopens, and the new page is starting (nobody has acted in it yet).
  await app.page.reload();
  await expect(notes.text).toHaveText('Peut-être la cause.');
  await expect(app.page.getByRole('status', { name: 'Safe start' })).toHaveCount(0);
  await crash(app.page);

  let page = await openAgain(app);
  await expect(page.getByRole('status', { name: 'Safe start' })).toContainText('Verbatim stopped while starting last time, so this is a safe start: the note “Suspecte”');
  await expect(new NotesPage(page).text).toHaveCount(0);
  // It dies again before anyone acts in it.
  await crash(page);

  page = await openAgain(app);
  const notice = page.getByRole('status', { name: 'Safe start' });
  await expect(notice).toContainText('Verbatim stopped while starting, 2 times in a row, so this is a safe start: the note “Suspecte”');
  await expect(new NotesPage(page).text).toHaveCount(0);
  // Dismissed: the next start is a normal one, and reopens nothing that was set aside.
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(new NotesPage(page).list.getByRole('button', { name: /^Suspecte/ })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Safe start' })).toHaveCount(0);
  await expect(new NotesPage(page).text).toHaveCount(0);
});
