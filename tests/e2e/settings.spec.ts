import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { selectWithMouse } from './support/reader';

const ESSENTIEL = /^l’essentiel/;
const ESSENTIEL_FILE = '003_02ccfc7f2b3def74.txt';

test('settings: text size, theme and backup frequency are applied, kept after a reload, and the data folder opens', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  const readerText = page.locator('.reader-text');
  // Null until the element is there (a view just shown may still be drawing it): polled, not read once.
  const fontSizeOf = (selector: string) =>
    page.evaluate((s) => {
      const element = document.querySelector(s);
      return element ? getComputedStyle(element).fontSize : null;
    }, selector);
  const themeAttr = () => page.evaluate(() => document.documentElement.getAttribute('data-theme'));
  // The colour of the first pane (--pane in theme.css); null while the window is not drawn (after a reload).
  const background = () =>
    page.evaluate(() => {
      const pane = document.querySelector('.pane');
      return pane ? getComputedStyle(pane).backgroundColor : null;
    });
  await expect(readerText).toBeVisible();
  await expect.poll(() => fontSizeOf('.reader-text')).toBe('16px');
  expect(await themeAttr()).toBeNull();

  // By keyboard: Alt+8 opens Settings from anywhere but a text field.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Digit8');
  const settings = page.getByRole('main', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings', pressed: true })).toBeVisible();

  await settings.getByRole('combobox', { name: 'Text size' }).selectOption('20');
  await settings.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect.poll(themeAttr).toBe('dark');
  // The dark pane colour of theme.css (#1f2227), whatever the system prefers.
  await expect.poll(background).toBe('rgb(31, 34, 39)');
  await settings.getByRole('combobox', { name: 'Automatic backup frequency' }).selectOption({ label: 'Off' });

  await expect(settings.getByLabel('Data folder location')).toHaveText(app.dataDir);
  await settings.getByRole('button', { name: 'Open data folder' }).click();
  await expect(settings.getByRole('status')).toHaveText('Data folder opened.');
  const shown = join(app.dataDir, 'shown-folder.txt');
  await expect.poll(() => (existsSync(shown) ? readFileSync(shown, 'utf8') : '')).toBe(app.dataDir);

  await page.reload();
  await expect.poll(themeAttr).toBe('dark');
  await expect.poll(background).toBe('rgb(31, 34, 39)');
  await page.getByRole('button', { name: 'Settings' }).click();
  const again = page.getByRole('main', { name: 'Settings' });
  await expect(again.getByRole('combobox', { name: 'Text size' })).toHaveValue('20');
  await expect(again.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
  await expect(again.getByRole('combobox', { name: 'Automatic backup frequency' })).toHaveValue('0');

  // The size applies to the reader and the note editor at once.
  await page.getByRole('button', { name: 'Reader' }).click();
  await expect.poll(() => fontSizeOf('.reader-text')).toBe('20px');
  await page.getByRole('button', { name: 'New note' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Note text' })).toBeVisible();
  await expect.poll(() => fontSizeOf('.editor-content')).toBe('20px');

  // Light forced over the system: the attribute and the light pane colour (#f3f1ec).
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('main', { name: 'Settings' }).getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
  await expect.poll(themeAttr).toBe('light');
  await expect.poll(background).toBe('rgb(243, 241, 236)');
});

test('copy with citation puts the selection and its citation line on the clipboard', async ({ app }) => {
  const page = app.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const library = new LibraryPage(page);
  await library.open(ESSENTIEL);
  const phrase = 'La Corée du Nord sera aux côtés de la Russie';
  await selectWithMouse(page, phrase);
  await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Copy with citation' }).click();

  // The locator computed here from the seed file: code points before the phrase, and the text's SHA-256.
  const text = readFileSync(join(app.seedsDir, ESSENTIEL_FILE), 'utf8');
  const start = [...text.slice(0, text.indexOf(phrase))].length;
  const end = start + [...phrase].length;
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
  const locator = `\`${ESSENTIEL_FILE}#cp=${start}-${end}\` sha256:${hash}`;
  await expect(page.getByText('Copied with citation.')).toBeVisible();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toMatch(new RegExp(`^${phrase}\\n\\n« ${phrase} » — [^\\n]*l’essentiel[^\\n]* — `));
  expect((await clipboard()).endsWith(locator)).toBe(true);
  expect((await clipboard()).split('\n')).toHaveLength(3);
});
