import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/app';
import { NotesPage } from './support/notes';

/**
 * Export and automatic backups take what is on screen, not what the last timed save caught. The
 * page's clock is Playwright's fake one, paused: the 300 ms save timer never fires by itself, so the
 * words typed last reach the file only because the export or backup saved the open note first.
 * The editor keeps the focus (or never had it) until then, so its save on focus-out cannot stand in
 * for that save either.
 */

/** Loads the app again under a fake clock (running for now), so the test can stop time later. */
async function fakeClock(app: AppHandle): Promise<Page> {
  const page = app.page;
  await page.context().clock.install();
  await page.reload();
  await expect(page.getByRole('button', { name: 'New note' })).toBeVisible();
  return page;
}

/** A note with its first words saved, the caret back at its end. */
async function noteWithSavedStart(page: Page, title: string, start: string): Promise<NotesPage> {
  const notes = new NotesPage(page);
  await notes.createWithText(title, start, start);
  await notes.caretToEnd();
  return notes;
}

/** Stops the page's clock: from here only the test moves time on. */
async function pauseTime(page: Page): Promise<void> {
  await page.clock.pauseAt(Date.now() + 1_000);
}

test('Export note (Ctrl+Shift+E) right after typing writes the words no save has stored yet', async ({ app }) => {
  test.slow(); // the whole app, on a loaded machine
  const page = await fakeClock(app);
  const notes = await noteWithSavedStart(page, 'Exportée', 'Début.');
  await pauseTime(page);
  await page.keyboard.type(' Les derniers mots.');
  // The focus stays in the editor (no save on blur) and no time passes (no timed save).
  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Exported “Exportée”');
  const saved = join(app.dataDir, 'saved');
  const [file] = readdirSync(saved).filter((f) => f.endsWith('.md'));
  expect(readFileSync(join(saved, file!), 'utf8')).toContain('Début. Les derniers mots.');
  await expect(notes.text).toBeFocused();
});

test('an automatic backup made while the user types holds the words typed a moment before', async ({ app }) => {
  test.slow(); // the whole app, on a loaded machine
  const page = await fakeClock(app);
  await noteWithSavedStart(page, 'Sauvegardée', 'Début.');
  await pauseTime(page);
  // Choosing the frequency starts the schedule now, on the paused clock: the first backup is due in exactly 5 minutes.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('main', { name: 'Settings' }).getByRole('combobox', { name: 'Automatic backup frequency' }).selectOption({ label: '5 minutes' });
  await page.clock.runFor(5 * 60_000 - 100);
  const backups = join(app.dataDir, 'backups');
  const written = () => (existsSync(backups) ? readdirSync(backups).filter((f) => f.endsWith('.json')) : []);
  expect(written()).toEqual([]);

  const notes = new NotesPage(page);
  await notes.caretToEnd();
  await page.keyboard.type(' Les derniers mots.');
  // 100 ms on, the backup is due; the save timer (300 ms after the last keystroke) is not.
  await page.clock.runFor(150);
  await expect.poll(written).toHaveLength(1);
  const backup = readFileSync(join(backups, written()[0]!), 'utf8');
  expect(backup).toContain('Début. Les derniers mots.');
});

test('Back up notebook (Ctrl+Shift+S) right after typing holds the words no save has stored yet', async ({ app }) => {
  test.slow(); // the whole app, on a loaded machine
  const page = await fakeClock(app);
  const notes = await noteWithSavedStart(page, 'Sauvegardée maintenant', 'Début.');
  await pauseTime(page);
  await page.keyboard.type(' Les derniers mots.');
  // The caret stays in the note (no save on blur) and no time passes (no timed save).
  await page.keyboard.press('Control+Shift+S');
  await expect(page.getByRole('status', { name: 'Notice' })).toContainText('Notebook backed up to');
  const saved = join(app.dataDir, 'saved');
  const [file] = readdirSync(saved).filter((f) => f.endsWith('.json'));
  expect(readFileSync(join(saved, file!), 'utf8')).toContain('Début. Les derniers mots.');
  await expect(notes.text).toBeFocused();
});
