import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { newEventFrom } from './support/events';
import { NotesPage } from './support/notes';
import { join } from 'node:path';
import { REPO } from './support/app';

/** Serious and critical axe-core violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

test('axe-core finds no serious or critical violation in the reader with a note open', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await new LibraryPage(page).open(/^l’essentiel/);
  await new NotesPage(page).createWithText('Lecture', 'Une note', 'Une note');
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe-core finds no serious or critical violation in the events view with an event open', async ({ app }) => {
  const page = app.page;
  await new LibraryPage(page).open(/^l’essentiel/);
  await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', 'Rencontre à Moscou', '2024-11-01');
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

for (const [button, main] of [
  ['All passages', 'All passages'],
  ['Timeline', 'Timeline'],
  ['Actors', 'Entities'],
  ['Needs review', 'Needs review'],
  ['Backups', 'Backups'],
  ['Settings', 'Settings'],
  ['Trash', 'Trash'],
] as const) {
  test(`axe-core finds no serious or critical violation in ${button}`, async ({ app }) => {
    const page = app.page;
    await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${button}`) }).click();
    const view = page.getByRole('main', { name: main, exact: true });
    await expect(view).toBeVisible();
    await expect(view).not.toHaveAttribute('aria-busy', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe-core finds no serious or critical violation in the shortcut sheet and the search palette', async ({ app }) => {
  const page = app.page;
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('Lavrov');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('button').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dark theme follows the system, and axe-core finds no contrast problem in it', async ({ app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await page.emulateMedia({ colorScheme: 'dark' });
  const library = new LibraryPage(page);
  await library.open(/^l’essentiel/);
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('[data-pane="centre"]')!).backgroundColor);
  await expect.poll(background).toBe('rgb(23, 25, 29)');
  await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', 'Rencontre à Moscou', '2024-11-01');
  await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Reader' }).click();
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(REPO, 'docs/screenshots/reader-dark-1280x860.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe('rgb(251, 250, 247)');
});
