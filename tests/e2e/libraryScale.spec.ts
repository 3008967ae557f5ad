import { test, expect } from './support/fixtures';
import { insertSources, numberedSources } from './support/bulkSources';
import { LibraryPage } from './support/library';

const COUNT = 10_000;
// The seeds' five plus the generated ones.
const TOTAL = COUNT + 5;
// Far more than a screen's rows, far fewer than the library's: the list draws what is on screen.
const MAX_ROWS_IN_PAGE = 80;

test.describe('a library of 10,000 sources', () => {
  test.setTimeout(180_000);

  test('draws only the rows on screen, reaches the last source with End, opens it with Enter, and keeps the selection while scrolling', async ({ app }) => {
    const library = new LibraryPage(app.page);
    await expect(library.sources).toHaveCount(5);
    await insertSources(app.page, numberedSources(COUNT));
    const page = app.page;
    await page.reload();

    const list = page.getByRole('listbox', { name: 'Sources' });
    await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: `Sources (${TOTAL})` })).toBeVisible({ timeout: 60_000 });
    await expect(list.getByRole('option').first()).toBeVisible();
    const rowsInPage = () => list.getByRole('option').count();
    expect(await rowsInPage()).toBeLessThanOrEqual(MAX_ROWS_IN_PAGE);
    // Screen readers are told the whole size, not the drawn part.
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(TOTAL));

    // End from the first row: the last source of the 10,005, focused and in view.
    const first = list.getByRole('option').first();
    await first.focus();
    await page.keyboard.press('End');
    const last = list.getByRole('option', { name: /^Source générée n° 10000/ });
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('aria-posinset', String(TOTAL));
    await expect(last).toBeInViewport();
    expect(await rowsInPage()).toBeLessThanOrEqual(MAX_ROWS_IN_PAGE);
    await page.keyboard.press('Enter');
    await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Source générée n° 10000');

    // Home, then PageDown twice and ArrowDown: a row far from both ends, chosen by keys alone.
    await page.keyboard.press('Home');
    await expect(list.getByRole('option').first()).toBeFocused();
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowDown');
    const chosen = list.locator('[role="option"][aria-selected="true"]');
    await expect(chosen).toBeFocused();
    const chosenName = (await chosen.locator('.source-title').textContent()) ?? '';
    const chosenAt = Number(await chosen.getAttribute('aria-posinset'));
    expect(chosenAt).toBeGreaterThan(3);

    // Scroll the list far away with the wheel: the chosen row keeps its selection and the focus.
    await list.hover();
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.locator('.library-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(10_000);
    await expect(list.getByRole('option', { name: /^Source générée n° 00200/ })).toHaveCount(0);
    await expect(chosen).toHaveAttribute('aria-posinset', String(chosenAt));
    await expect(chosen).toBeFocused();
    expect(await rowsInPage()).toBeLessThanOrEqual(MAX_ROWS_IN_PAGE);

    // The next key goes on from the chosen row, which comes back into view.
    await page.keyboard.press('ArrowDown');
    await expect(chosen).toHaveAttribute('aria-posinset', String(chosenAt + 1));
    await expect(chosen).toBeFocused();
    await expect(chosen).toBeInViewport();
    await expect(library.reader.getByRole('heading', { level: 1 })).not.toHaveText(chosenName);
  });
});
