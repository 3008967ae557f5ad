import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { storedPassages } from './support/reader';

const TEXT = 'ASSASSINAT\n\nUn crime épouvantable, un triple as-\nsassinat, a été commis à Paris dans la\nnuit de samedi à dimanche.\n';
test.use({ seedFiles: { 'figaro_june_1_1908_clean.txt': TEXT } });

/** Drags the mouse from the first character of `stored` to its last, as drawn (hidden characters included in the DOM). */
async function dragOver(page: Page, stored: string): Promise<void> {
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  const box = await page.evaluate((wanted) => {
    const body = document.querySelector('.reader-text')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let all = '';
    const nodes: Array<{ node: Text; at: number }> = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: all.length });
      all += (n as Text).data;
    }
    const index = all.indexOf(wanted);
    const rectAt = (i: number) => {
      const hit = [...nodes].reverse().find((x) => x.at <= i)!;
      const r = document.createRange();
      r.setStart(hit.node, i - hit.at);
      r.setEnd(hit.node, i - hit.at + 1);
      return r.getClientRects()[0]!;
    };
    const first = rectAt(index);
    const last = rectAt(index + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, stored);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
}

test('reflowed, a cut word reads whole, and a passage selected over it has the offsets of the raw view', async ({ app }) => {
  const page = app.page;
  const library = new LibraryPage(page);
  await library.open('ASSASSINAT');
  const paragraph = library.reader.locator('.reader-text > p').nth(1);
  await expect(paragraph).toHaveText('Un crime épouvantable, un triple as-\nsassinat, a été commis à Paris dans la\nnuit de samedi à dimanche.\n');

  await library.reader.getByRole('button', { name: 'Reflow' }).click();
  await expect(library.reader.getByRole('button', { name: 'Reflow' })).toHaveAttribute('aria-pressed', 'true');
  // What a reader sees: one paragraph, the word joined.
  await expect.poll(() => paragraph.evaluate((p) => (p as HTMLElement).innerText.trim())).toBe('Un crime épouvantable, un triple assassinat, a été commis à Paris dans la nuit de samedi à dimanche.');

  const stored = 'as-\nsassinat';
  await dragOver(page, stored);
  await page.keyboard.press('h');
  await expect(library.reader.locator('mark[data-passage-id]')).not.toHaveCount(0);
  // Offsets computed here from the file's text: the same as a raw-view selection would give.
  const start = TEXT.indexOf(stored);
  await expect.poll(async () => (await storedPassages(page)).map((p) => [p.selector.start, p.selector.end, p.selector.exact])).toEqual([[start, start + stored.length, stored]]);

  // Raw view again: the same passage is drawn over the same stored characters.
  await library.reader.getByRole('button', { name: 'Reflow' }).click();
  await expect(library.reader.getByRole('button', { name: 'Reflow' })).toHaveAttribute('aria-pressed', 'false');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveText(stored);
});
