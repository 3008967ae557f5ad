import { expect, type Page } from '@playwright/test';
import { LibraryPage } from './library';

/** Drags the mouse across the first occurrence of `phrase` in the reader, as a person would. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  // A text just opened may still move (the rest of it drawn, the view scrolled to the phrase) while the
  // mouse drags over it, and the drag then selects other words (seen on a loaded machine): as a person
  // would, select again once the words under the mouse are the ones aimed at.
  await expect(async () => {
    await dragOver(page, phrase);
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString() ?? ''), { timeout: 3_000 }).toBe(phrase);
  }).toPass({ timeout: 30_000 });
}

async function dragOver(page: Page, phrase: string): Promise<void> {
  // As a person clicks away first: the toolbar of an earlier selection must not sit under the mouse.
  await page.evaluate(() => window.getSelection()?.removeAllRanges());
  await expect(page.getByRole('toolbar', { name: 'Selection' })).toHaveCount(0);
  const box = await page.evaluate((wanted) => {
    const body = document.querySelector('.reader-text');
    if (!body) throw new Error('no reader text');
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    let all = '';
    const nodes: Array<{ node: Text; at: number }> = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, at: all.length });
      all += (n as Text).data;
    }
    const index = all.indexOf(wanted);
    if (index < 0) throw new Error(`phrase not in reader: ${wanted}`);
    const pointAt = (i: number) => {
      const hit = [...nodes].reverse().find((x) => x.at <= i)!;
      return { node: hit.node, offset: i - hit.at };
    };
    const charRect = (i: number) => {
      const p = pointAt(i);
      const r = document.createRange();
      r.setStart(p.node, p.offset);
      r.setEnd(p.node, p.offset + 1);
      const rects = r.getClientRects();
      return rects[0]!;
    };
    pointAt(index).node.parentElement?.scrollIntoView({ block: 'center' });
    const first = charRect(index);
    const last = charRect(index + wanted.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

export interface StoredPassage {
  id: string;
  sourceId: string;
  versionHash: string;
  selector: { exact: string; start: number; end: number };
  tags: string[];
  memo: string;
  status: string;
  storedSlice: string;
}

/** Reads every passage from the app's real IndexedDB, with the stored text between its offsets. */
export function storedPassages(page: Page): Promise<StoredPassage[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPassage[]>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['passages', 'versions'], 'readonly');
          const passagesReq = tx.objectStore('passages').getAll();
          const versionsReq = tx.objectStore('versions').getAll();
          tx.oncomplete = () => {
            const texts = new Map((versionsReq.result as Array<{ hash: string; text: string }>).map((v) => [v.hash, v.text]));
            resolve(
              (passagesReq.result as StoredPassage[]).map((p) => ({
                ...p,
                storedSlice: (texts.get(p.versionHash) ?? '').slice(p.selector.start, p.selector.end),
              })),
            );
            open.result.close();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Opens a seed in the reader, selects a phrase with the mouse and tags it (T, a name, Enter), as a user does. */
export async function tagPhraseInSource(page: Page, source: RegExp, phrase: string, tag: string): Promise<void> {
  const library = new LibraryPage(page);
  await library.open(source);
  await selectWithMouse(page, phrase);
  await page.keyboard.press('t');
  await page.getByRole('combobox', { name: 'Tag name' }).fill(tag);
  await page.keyboard.press('Enter');
  await expect(library.reader.locator('mark[data-passage-id]')).toHaveCount(1);
}
