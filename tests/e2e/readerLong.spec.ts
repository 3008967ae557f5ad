import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { insertSources } from './support/bulkSources';
import { LibraryPage } from './support/library';
import { selectWithMouse, storedPassages } from './support/reader';

// A 100 KB source of 400 numbered paragraphs, every one different, with 1,000 highlights.
const PARAGRAPHS = 400;
const HIGHLIGHTS = 1000;
const TITLE = 'Longue source surlignée';
const paragraph = (n: number) => `Paragraphe ${String(n).padStart(3, '0')} : la commission siège rue de Vaugirard, le témoin ${n} répond, puis le greffier relit la déposition numéro ${n} avant de la signer sans rien y changer du tout.`;
const TEXT = `${TITLE}\n\n${Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1)).join('\n\n')}\n`;

/** 1,000 passages, two or three a paragraph, each on a word of its own; written straight into IndexedDB as if highlighted one by one. */
function addPassages(page: Page): Promise<void> {
  return page.evaluate(
    ({ count }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'versions', 'passages'], 'readwrite');
          tx.objectStore('sources').get('bulk-longue.txt').onsuccess = (e) => {
            const source = (e.target as IDBRequest).result as { id: string; hash: string };
            tx.objectStore('versions').get(source.hash).onsuccess = (ev) => {
              const text = ((ev.target as IDBRequest).result as { text: string }).text;
              const at = new Date().toISOString();
              const words = [...text.matchAll(/[\p{L}\d]{5,}/gu)];
              const step = words.length / count;
              for (let i = 0; i < count; i++) {
                const word = words[Math.floor(i * step)]!;
                const start = word.index!;
                const end = start + word[0].length;
                tx.objectStore('passages').put({ id: `long-${String(i).padStart(4, '0')}`, sourceId: source.id, versionHash: source.hash, selector: { exact: word[0], prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end }, tags: [], memo: '', status: 'exact', score: 1, createdAt: at, updatedAt: at });
              }
            };
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { count: HIGHLIGHTS },
  );
}

test.describe('a 100 KB source with 1,000 highlights', () => {
  test.setTimeout(300_000);

  test('draws every paragraph and every highlight, finds the last paragraph, and highlights a phrase there at the right offsets', async ({ app }) => {
    const page = app.page;
    const library = new LibraryPage(page);
    await expect(library.sources).toHaveCount(5);
    await insertSources(page, [{ fileName: 'longue.txt', title: TITLE, text: TEXT }]);
    await addPassages(page);
    await page.reload();
    await library.open(TITLE);

    // The whole text ends up in the page, in order, and all 1,000 highlights with it.
    const paragraphs = library.reader.locator('.reader-text > p');
    await expect(paragraphs).toHaveCount(PARAGRAPHS + 1);
    await expect(paragraphs.last()).toHaveText(paragraph(PARAGRAPHS));
    await expect(library.reader.locator('mark.passage-mark')).toHaveCount(HIGHLIGHTS);

    // Find in the source lands on the last paragraph, scrolled into view.
    await library.reader.getByRole('article').click();
    await page.keyboard.press('Control+F');
    await page.getByRole('searchbox', { name: 'Find in source' }).fill(`déposition numéro ${PARAGRAPHS} `);
    await expect(page.getByRole('search', { name: 'Find in source' }).locator('.find-count')).toHaveText('1 of 1');
    await expect(library.reader.locator('mark.search-mark.current')).toBeInViewport();
    await page.getByRole('button', { name: 'Close find' }).click();

    // A phrase of the last paragraph, selected with the mouse and highlighted: stored at its offsets.
    const phrase = `puis le greffier relit la déposition numéro ${PARAGRAPHS}`;
    await selectWithMouse(page, phrase);
    await page.getByRole('toolbar', { name: 'Selection' }).getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(async () => (await storedPassages(page)).filter((p) => p.selector.exact === phrase).map((p) => p.storedSlice)).toEqual([phrase]);
    // The new passage covers highlighted words, so it is drawn as several marks: count passages, not marks.
    const drawnPassages = () => library.reader.locator('mark.passage-mark').evaluateAll((marks) => new Set(marks.map((m) => m.getAttribute('data-passage-id'))).size);
    await expect.poll(drawnPassages).toBe(HIGHLIGHTS + 1);
    const start = TEXT.indexOf(phrase);
    expect((await storedPassages(page)).find((p) => p.selector.exact === phrase)?.selector).toMatchObject({ start, end: start + phrase.length });
  });

  test('clicking a highlight selects that passage alone', async ({ app }) => {
    const page = app.page;
    const library = new LibraryPage(page);
    await expect(library.sources).toHaveCount(5);
    await insertSources(page, [{ fileName: 'longue.txt', title: TITLE, text: TEXT }]);
    await addPassages(page);
    await page.reload();
    await library.open(TITLE);
    await expect(library.reader.locator('mark.passage-mark')).toHaveCount(HIGHLIGHTS);

    const first = library.reader.locator('mark.passage-mark').nth(3);
    await first.click();
    await expect(first).toHaveClass(/selected/);
    await expect(library.reader.locator('mark.passage-mark.selected')).toHaveCount(1);
    const later = library.reader.locator('mark.passage-mark').nth(900);
    await later.scrollIntoViewIfNeeded();
    await later.click();
    await expect(later).toHaveClass(/selected/);
    await expect(first).not.toHaveClass(/selected/);
    await expect(library.reader.locator('mark.passage-mark.selected')).toHaveCount(1);
  });
});
