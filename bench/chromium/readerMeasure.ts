import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { realisticCorpus } from '../realisticCorpus';
import { LONG_TASKS, longestTask, resetLongTasks, type AppProfile } from './appProfile';
import { importThroughUi, waitForLibrary } from './importMeasure';

const PASSAGES = 1000;

/** Stores `count` passages spread over the source, straight into IndexedDB (as if highlighted one by one). */
function addPassages(page: Page, fileName: string, count: number): Promise<void> {
  return page.evaluate(
    ({ fileName, count }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'versions', 'passages'], 'readwrite');
          tx.objectStore('sources').index('fileName').get(fileName).onsuccess = (e) => {
            const source = (e.target as IDBRequest).result as { id: string; hash: string };
            tx.objectStore('versions').get(source.hash).onsuccess = (ev) => {
              const text = ((ev.target as IDBRequest).result as { text: string }).text;
              const at = new Date().toISOString();
              const step = Math.floor(text.length / count);
              for (let i = 0; i < count; i++) {
                const start = i * step + 3;
                const end = start + Math.min(60, step - 6);
                tx.objectStore('passages').put({ id: `bench-${i}`, sourceId: source.id, versionHash: source.hash, selector: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(end, end + 32), start, end }, tags: ['bench'], memo: '', status: 'exact', score: 1, createdAt: at, updatedAt: at });
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
    { fileName, count },
  );
}

// Click on the source to the frame after the reader shows its title and a first highlight, then
// to the frame after `count` highlights are in the page (null when the reader draws fewer, e.g. a
// virtualized reader that draws only what is on screen).
const OPEN_PROBE = `
  window.__openPainted = function (title, count) {
    var clickAt = performance.now();
    return new Promise(function (resolve) {
      var first = null;
      function check() {
        var reader = document.querySelector('main[aria-label="Reader"]');
        var heading = reader && reader.querySelector('h1');
        var marks = reader ? reader.querySelectorAll('mark.passage-mark').length : 0;
        if (first === null && heading && heading.textContent === title && marks > 0) {
          first = -1;
          requestAnimationFrame(function () { first = performance.now() - clickAt; check(); });
        }
        if (first > 0 && marks >= count) {
          observer.disconnect();
          requestAnimationFrame(function () { resolve({ first: first, all: performance.now() - clickAt }); });
        }
      }
      var observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      setTimeout(function () { observer.disconnect(); resolve({ first: first > 0 ? first : null, all: null }); }, 30000);
    });
  };
`;

// Scrolls the reader to its end, 120 px per frame, timing the frames by requestAnimationFrame.
const SCROLL_PROBE = `(function () {
  var reader = document.querySelector('main[aria-label="Reader"]');
  var box = reader;
  var all = reader.querySelectorAll('*');
  for (var i = 0; i < all.length && !(box.scrollHeight > box.clientHeight + 10 && getComputedStyle(box).overflowY !== 'visible'); i++) box = all[i];
  return new Promise(function (resolve) {
    var deltas = [];
    var last = performance.now();
    function step(now) {
      deltas.push(now - last);
      last = now;
      box.scrollTop += 120;
      if (box.scrollTop + box.clientHeight >= box.scrollHeight - 2 || deltas.length > 1500) return resolve(deltas.slice(1));
      requestAnimationFrame(step);
    }
    requestAnimationFrame(step);
  });
})()`;

export interface ReaderFigures {
  readonly textKb: number;
  readonly passages: number;
  readonly firstPaintMs: number | null;
  readonly allHighlightsMs: number | null;
  readonly openLongestTaskMs: number;
  readonly scrollFrames: number;
  readonly framesOver16Ms: number;
  readonly worstFrameMs: number;
  readonly reanchorMs: number;
  readonly reanchorWriteMs: number | null;
  readonly reanchorLongestTaskMs: number;
}

/**
 * A 100 KB source with 1,000 highlights: opening it in the reader, scrolling it, then re-importing
 * its file after an edit, which re-anchors the 1,000 passages in the import path.
 */
export async function readerAndReanchor(app: AppProfile): Promise<ReaderFigures> {
  const page = app.page!;
  const text = realisticCorpus(1, 100_000, 2026)[0]!.text;
  const title = 'Longue source de cent kilo-octets';
  const path = join(app.root, 'longue-source.txt');
  writeFileSync(path, `${title}\n\n${text}`);
  await importThroughUi(app, [path], 6);
  await addPassages(page, 'longue-source.txt', PASSAGES);
  await page.reload();
  await waitForLibrary(page);
  await page.evaluate(LONG_TASKS);
  await page.evaluate(OPEN_PROBE);
  const opened = page.evaluate(`window.__openPainted(${JSON.stringify(title)}, ${PASSAGES})`) as Promise<{ first: number | null; all: number | null }>;
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option', { name: new RegExp(title) }).click();
  const { first, all } = await opened;
  const openLongestTaskMs = await longestTask(page);
  const deltas = (await page.evaluate(SCROLL_PROBE)) as number[];

  // An edit every 5 KB: 20 sentences inserted, so most passages move and some need a fuzzy look.
  let edited = `${title}\n\n${text}`;
  for (let at = edited.length - 5000; at > 0; at -= 5000) {
    const cut = edited.indexOf('. ', at);
    if (cut > 0) edited = `${edited.slice(0, cut)}. Phrase ajoutée par la relecture${edited.slice(cut)}`;
  }
  writeFileSync(path, edited);
  await resetLongTasks(page);
  const reanchor = await importThroughUi(app, [path], 6, 'Imported files: 0 imported, 1 updated');
  return {
    textKb: Math.round(Buffer.byteLength(text) / 1024),
    passages: PASSAGES,
    firstPaintMs: first === null ? null : Math.round(first),
    allHighlightsMs: all === null ? null : Math.round(all),
    openLongestTaskMs,
    scrollFrames: deltas.length,
    framesOver16Ms: deltas.filter((d) => d > 16.7).length,
    worstFrameMs: Math.round(Math.max(0, ...deltas)),
    reanchorMs: reanchor.ms,
    reanchorWriteMs: reanchor.writeMs,
    reanchorLongestTaskMs: reanchor.longestTaskMs,
  };
}
