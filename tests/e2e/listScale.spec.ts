import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

const SEED = '003_02ccfc7f2b3def74.txt';
const COUNT = 3_000;
// Far more than a screen's rows, far fewer than the list's: the list draws what is on screen.
const MAX_ROWS_IN_PAGE = 80;

/**
 * A W3C annotation file of `count` passages of one seed, each a different span (its start and length
 * vary), so none is a duplicate of another. Quotes are cut from the seed file itself, by code point.
 */
function annotationFile(seedText: string, count: number): { json: string; lastQuote: string } {
  const text = Array.from(seedText);
  const items = [];
  let lastQuote = '';
  for (let i = 0; i < count; i++) {
    const start = i % (text.length - 200);
    const end = start + 20 + Math.floor(i / (text.length - 200)) * 13;
    lastQuote = text.slice(start, end).join('');
    items.push({
      type: 'Annotation',
      id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      body: [{ type: 'TextualBody', value: `passage ${i + 1}`, purpose: 'commenting' }],
      target: { source: `https://example.org/${SEED}`, selector: [{ type: 'TextQuoteSelector', exact: lastQuote }, { type: 'TextPositionSelector', start, end }] },
    });
  }
  return { json: JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: count, first: { type: 'AnnotationPage', items } }), lastQuote };
}

test.describe('a list of 3,000 passages', () => {
  test.setTimeout(240_000);

  test('imported from a W3C file, it draws only the rows on screen and reaches the last one with End', async ({ app }) => {
    const page = app.page;
    await expect(new LibraryPage(page).sources).toHaveCount(5);
    const { json } = annotationFile(readFileSync(join(app.seedsDir, SEED), 'utf8'), COUNT);
    const file = join(app.dataDir, 'many-passages.jsonld');
    writeFileSync(file, json);
    writeFileSync(join(app.dataDir, 'open-next.txt'), file);
    await page.getByRole('button', { name: 'Backups' }).click();
    await page.getByRole('button', { name: 'Import annotations…' }).click();
    await expect(page.getByRole('status', { name: 'Notice' })).toContainText(`${COUNT} imported, 0 already here, 0 orphaned`, { timeout: 120_000 });

    await page.getByRole('button', { name: 'All passages' }).click();
    const view = page.getByRole('main', { name: 'All passages' });
    // The count comes from the filter, which counts the stored passages, not the rows drawn.
    await expect(view.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: `All (${COUNT})` })).toBeVisible({ timeout: 60_000 });
    const list = view.getByRole('list', { name: 'Passages' });
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const rowsInPage = () => rows.count();
    expect(await rowsInPage()).toBeLessThanOrEqual(MAX_ROWS_IN_PAGE);
    // Assistive technology is told the whole size, not the drawn part.
    await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT));

    // End from the first row's button: the last passage, focused and in view, with the window still small.
    await rows.first().getByRole('button').focus();
    await page.keyboard.press('End');
    const last = list.locator(`li[aria-posinset="${COUNT}"]`);
    await expect(last.getByRole('button')).toBeFocused();
    await expect(last.getByRole('button')).toBeInViewport();
    await expect(rows.first()).not.toHaveAttribute('aria-posinset', '1');
    expect(await rowsInPage()).toBeLessThanOrEqual(MAX_ROWS_IN_PAGE);

    // Enter opens it, as a click would: the middle pane turns to the reader.
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main', { name: 'Reader' })).toBeVisible();
    await expect(view).toHaveCount(0);

    // Home goes back to the first one; ArrowDown then moves one row.
    await page.getByRole('button', { name: 'All passages' }).click();
    await list.getByRole('listitem').first().getByRole('button').focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect(list.locator('li[aria-posinset="1"]').getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(list.locator('li[aria-posinset="2"]').getByRole('button')).toBeFocused();
  });
});
