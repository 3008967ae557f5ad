import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/app';
import { holdNoteWrites, holdWrites, NotesPage } from './support/notes';

// 41 characters, as in the issue: all of them were lost when the page went away within 250 ms.
const TYPED = 'Aucun mot tapé ne se perd à la fermeture.';
// How long after the last keystroke the page goes away. Waiting here *is* the scenario, not a wait
// for a result: every check after the page comes back waits on a condition.
const DELAYS_MS = [0, 50, 150, 300];

/** Creates a note, types into it as a person would, and lets `delay` ms pass. */
async function typeThenWait(page: Page, title: string, delay: number): Promise<void> {
  const notes = new NotesPage(page);
  await notes.create(title);
  await notes.text.click();
  await page.keyboard.type(TYPED);
  await page.waitForTimeout(delay);
}

/** After the page came back: the note reopens with every character, and that text is stored. */
async function expectKept(page: Page, title: string): Promise<void> {
  const notes = new NotesPage(page);
  await notes.list.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expect(notes.panel.getByRole('textbox', { name: 'Note title' })).toHaveValue(title);
  await expect(notes.text).toHaveText(TYPED);
  await notes.waitSaved(TYPED);
  // Nothing was recovered twice or beside the note: one note per title.
  await expect(notes.list.getByRole('button', { name: new RegExp(`^${title}`) })).toHaveCount(1);
}

/** Closes the tab as a person would, the browser staying open (another tab), then opens the app again. */
async function closeAndReopen(app: AppHandle, current: Page): Promise<Page> {
  const page = await current.context().newPage();
  await current.close();
  await page.goto(app.url);
  return page;
}

test('a reload 0, 50, 150 or 300 ms after the last keystroke loses no character', async ({ app }) => {
  test.slow(); // four reloads of the whole app
  for (const delay of DELAYS_MS) {
    await test.step(`reload ${delay} ms after typing`, async () => {
      await typeThenWait(app.page, `Rechargée ${delay}`, delay);
      await app.page.reload();
      await expectKept(app.page, `Rechargée ${delay}`);
    });
  }
});

test('closing the tab 0, 50, 150 or 300 ms after the last keystroke loses no character', async ({ app }) => {
  test.slow(); // four closes and reopenings
  let page = app.page;
  for (const delay of DELAYS_MS) {
    await test.step(`close ${delay} ms after typing`, async () => {
      await typeThenWait(page, `Fermée ${delay}`, delay);
      page = await closeAndReopen(app, page);
      await expectKept(page, `Fermée ${delay}`);
    });
  }
});

test.describe('the browser killed', () => {
  // Its own browser on a profile folder: the kill ends it, and the page's copies are on disk or not.
  test.use({ ownBrowser: true });

  // A kill gives the page no event at all. Every keystroke's draft is in a file of main's before the
  // key's handler returns (the bridge's synchronous keepDraftSync), so a kill of the browser at once
  // keeps every character; the page's own copies (IndexedDB, localStorage) may not have reached the disk.
  test('killing the browser (SIGKILL) 0, 50, 150 or 300 ms after the last keystroke loses no character', async ({ app }) => {
    test.slow(); // four browser restarts
    let page = app.page;
    for (const delay of DELAYS_MS) {
      await test.step(`SIGKILL ${delay} ms after typing`, async () => {
        await typeThenWait(page, `Tuée ${delay}`, delay);
        page = await app.killBrowser();
        await expectKept(page, `Tuée ${delay}`);
      });
    }
  });

  // The kill above may find the page's own copies already on disk. Here neither can be: the note's save
  // and the journal's IndexedDB copy wait behind the test's transactions (a busy disk), and localStorage
  // is full, refusing every write as a browser does past its quota. Only main's copy can bring the words back.
  test('a kill while IndexedDB is busy and localStorage full still loses no character', async ({ app }) => {
    test.slow(); // a browser restart
    const notes = new NotesPage(app.page);
    await notes.create('Rien d’écrit dans la page');
    await notes.text.click();
    await holdNoteWrites(app.page);
    await holdWrites(app.page, 'verbatim-drafts', 'drafts');
    await app.page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await app.page.keyboard.type(TYPED);
    const page = await app.killBrowser();
    await expectKept(page, 'Rien d’écrit dans la page');
  });
});
