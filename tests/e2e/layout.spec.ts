import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { newEventFrom } from './support/events';
import { misplacedControls } from './support/layoutCheck';
import { REPO } from './support/app';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

const SHOTS = join(REPO, 'docs/screenshots');

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} no control of any main view lies outside its pane`, async ({ app }) => {
    const page = app.page;
    await page.setViewportSize(size);
    mkdirSync(SHOTS, { recursive: true });
    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`) });
    const library = new LibraryPage(page);
    await expect(library.sources).toHaveCount(5);

    // Every seed fits in the library at each size, without scrolling.
    for (const option of await library.sources.all()) await expect(option).toBeInViewport({ ratio: 1 });

    await library.open(/^l’essentiel/);
    await expect.poll(() => misplacedControls(page)).toEqual([]);
    await shot('reader');

    // The event editor with its date suggestions: the case that ran under the note pane.
    await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', 'Rencontre à Moscou', '2024-11');
    const detail = page.getByRole('region', { name: 'Event details' });
    await expect(detail.getByRole('checkbox', { name: /Approximate/ })).toBeVisible();
    await expect.poll(() => misplacedControls(page)).toEqual([]);
    await shot('events');

    const views = [
      ['All passages', 'passages'],
      ['Timeline', 'timeline'],
      ['Actors', 'actors'],
      ['Needs review', 'review'],
      ['Backups', 'backups'],
    ] as const;
    for (const [button, name] of views) {
      await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: new RegExp(`^${button}`) }).click();
      await expect(page.locator('[data-pane="centre"] main')).toBeVisible();
      await expect.poll(() => misplacedControls(page)).toEqual([]);
      await shot(name);
    }

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: /Search/ });
    await expect(palette).toBeVisible();
    await page.keyboard.type('Lavrov');
    await expect.poll(() => misplacedControls(page)).toEqual([]);
    await shot('search');
  });
}

test('the layout check finds a control pushed out of its pane, and a collapsed pane comes back with its size', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(page.getByRole('listbox', { name: 'Sources' }).getByRole('option')).toHaveCount(5);
  await page.evaluate(() => {
    const button = document.querySelector<HTMLElement>('[data-pane="left"] button');
    if (button) button.style.marginLeft = '600px';
  });
  await expect.poll(async () => (await misplacedControls(page)).length).toBeGreaterThan(0);
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-pane="left"] button')?.style.removeProperty('margin-left'));
  await expect.poll(() => misplacedControls(page)).toEqual([]);

  // Hide and show the library: it comes back at the width it had.
  const library = page.locator('[data-pane="left"]');
  const width = await library.evaluate((el) => el.getBoundingClientRect().width);
  await page.getByRole('button', { name: 'Library pane' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeHidden();
  await page.getByRole('button', { name: 'Library pane' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();
  await expect.poll(() => library.evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(Math.round(width));
});

test('a pane is maximized from its title or the keyboard, and pane sizes survive a restart', async ({ app }) => {
  test.slow(); // the whole app and a restart, on a loaded machine
  let page = app.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  const reader = page.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();

  // Double-click the middle pane's title: only the reader is left, then restore.
  await page.locator('[data-pane="centre"] .pane-bar-title').dblclick();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Restore middle pane' })).toBeVisible();
  await page.getByRole('button', { name: 'Restore middle pane' }).click();
  await expect(page.getByRole('listbox', { name: 'Sources' })).toBeVisible();

  // Ctrl+Shift+M maximizes the pane holding the focus: the library here.
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().focus();
  await page.keyboard.press('Control+Shift+M');
  await expect(reader).toBeHidden();
  await page.keyboard.press('Control+Shift+M');
  await expect(reader).toBeVisible();

  // Drag the handle between the library and the reader 150 px to the right.
  const library = page.locator('[data-pane="left"]');
  const before = await library.evaluate((el) => el.getBoundingClientRect().width);
  // How far the stored library width (a percentage) is from the one on screen.
  const savedOff = () =>
    page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('react-resizable-panels:verbatim.panes') ?? '{}') as Record<string, { layout: number[] }>;
      const left = Object.values(stored)[0]?.layout[0] ?? -100;
      const shown = (document.querySelector('[data-pane="left"]')!.getBoundingClientRect().width / document.querySelector('.panes')!.getBoundingClientRect().width) * 100;
      return Math.abs(left - shown);
    });
  const handle = page.getByRole('separator', { name: 'Resize library' });
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 150, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => library.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(before + 100);
  // The sizes are written 100 ms after the last move (the library's debounce); no one quits sooner,
  // but a test can, and a loaded machine can hold that timer back.
  await expect.poll(savedOff).toBeLessThan(0.5);
  // Read once the last move is drawn and saved, not as soon as the pane has grown.
  const resized = await library.evaluate((el) => Math.round(el.getBoundingClientRect().width));

  page = await app.restart();
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible();
  await expect.poll(() => page.locator('[data-pane="left"]').evaluate((el) => Math.round(el.getBoundingClientRect().width))).toBe(resized);
});

test('the note opens in the middle pane for long writing and goes back to the side panel', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New note' }).click();
  const title = page.getByRole('textbox', { name: 'Note title' });
  await expect(title).toBeVisible();
  await title.fill('Long essay');
  await page.getByRole('button', { name: 'Write in the middle pane' }).click();
  const centre = page.getByRole('main', { name: 'Note (middle pane)' });
  await expect(centre.getByRole('textbox', { name: 'Note title' })).toHaveValue('Long essay');
  await expect(page.locator('[data-pane="side"]').getByRole('textbox', { name: 'Note title' })).toHaveCount(0);
  await centre.getByRole('button', { name: 'Move note back to the side panel' }).click();
  await expect(page.locator('[data-pane="side"]').getByRole('textbox', { name: 'Note title' })).toHaveValue('Long essay');
  await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
});

// The README's pictures: the main views at 1280×720 in both themes and both languages. The choices
// are written where Settings keeps them, so each pair starts the way a user's saved settings would.
const README_SHOTS = join(REPO, 'docs/screenshots/readme');
const README_VARIANTS = [
  { language: 'en', theme: 'light', views: 'Views', reader: 'Reader', timeline: 'Timeline', passages: 'All passages', search: 'Search' },
  { language: 'en', theme: 'dark', views: 'Views', reader: 'Reader', timeline: 'Timeline', passages: 'All passages', search: 'Search' },
  { language: 'fr', theme: 'light', views: 'Vues', reader: 'Lecteur', timeline: 'Chronologie', passages: 'Tous les passages', search: 'Recherche' },
  { language: 'fr', theme: 'dark', views: 'Vues', reader: 'Lecteur', timeline: 'Chronologie', passages: 'Tous les passages', search: 'Recherche' },
] as const;

test('README screenshots: the main views at 1280×720 in light and dark, English and French', async ({ app }) => {
  test.setTimeout(240_000);
  const page = app.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  mkdirSync(README_SHOTS, { recursive: true });
  await expect(new LibraryPage(page).sources).toHaveCount(5);
  await new LibraryPage(page).open(/^l’essentiel/);
  // One event, so the timeline has something to show.
  await newEventFrom(page, 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov', 'Rencontre à Moscou', '2024-11-01');
  await expect(page.getByRole('region', { name: 'Event details' })).toBeVisible();
  for (const v of README_VARIANTS) {
    await page.evaluate(({ language, theme }) => localStorage.setItem('verbatim.settings', JSON.stringify({ language, theme })), v);
    await page.reload();
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.getAttribute('data-theme')])).toEqual([v.language, v.theme]);
    const shot = (name: string) => page.screenshot({ path: join(README_SHOTS, `${name}-${v.language}-${v.theme}.png`) });
    const views = page.getByRole('group', { name: v.views });
    await views.getByRole('button', { name: v.reader }).click();
    await expect(page.getByRole('main', { name: v.reader }).getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => misplacedControls(page)).toEqual([]);
    await shot('reader');
    await views.getByRole('button', { name: v.timeline }).click();
    await expect(page.getByRole('main', { name: v.timeline }).getByRole('article').first()).toBeVisible();
    await shot('timeline');
    await views.getByRole('button', { name: v.passages }).click();
    await expect(page.getByRole('main', { name: v.passages })).toBeVisible();
    await shot('passages');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: v.search });
    await expect(palette).toBeVisible();
    await page.keyboard.type('Lavrov');
    await expect(palette.getByRole('option').first()).toBeVisible();
    await shot('search');
    await page.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
  }
});
