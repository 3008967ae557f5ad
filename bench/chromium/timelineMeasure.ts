import type { Page } from '@playwright/test';
import { LONG_TASKS, longestTask, resetLongTasks, type AppProfile } from './appProfile';
import { waitForLibrary } from './importMeasure';

/**
 * Stores `count` dated events (days, months and years over ten years), each with two pieces of
 * evidence on passages of the seeds, straight into IndexedDB, as if made one by one.
 */
function addEvents(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'versions', 'passages', 'events', 'evidence'], 'readwrite');
          tx.objectStore('sources').getAll().onsuccess = (e) => {
            const sources = (e.target as IDBRequest).result as Array<{ id: string; hash: string }>;
            const at = new Date().toISOString();
            for (let i = 0; i < count; i++) {
              const source = sources[i % sources.length]!;
              const year = 2015 + (i % 10);
              const month = String(1 + (i % 12)).padStart(2, '0');
              const day = String(1 + (i % 28)).padStart(2, '0');
              const start = i % 7 === 0 ? { iso: `${year}`, precision: 'year' } : i % 3 === 0 ? { iso: `${year}-${month}`, precision: 'month' } : { iso: `${year}-${month}-${day}`, precision: 'day' };
              tx.objectStore('events').put({ id: `ev-${i}`, title: `Événement ${i}`, date: { start, approximate: false }, place: '', description: '', actorIds: [], placeId: '', createdAt: at, updatedAt: at });
              for (let k = 0; k < 2; k++) {
                const pid = `ev-p-${i}-${k}`;
                tx.objectStore('passages').put({ id: pid, sourceId: source.id, versionHash: source.hash, selector: { exact: `passage ${i} ${k}`, prefix: '', suffix: '', start: 0, end: 10 }, tags: [], memo: '', status: 'exact', score: 1, createdAt: at, updatedAt: at });
                tx.objectStore('evidence').put({ id: `ev-e-${i}-${k}`, eventId: `ev-${i}`, passageId: pid, stance: k === 0 ? 'confirms' : 'attributes', who: k ? 'KCNA' : '', createdAt: at });
              }
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    count,
  );
}

// Click on the Timeline tab to the frame after the first event card is painted; then, when the
// timeline draws every card at once, to the frame after `count` cards are in the page (null when it
// draws them as the user scrolls). drawn: the cards in the page once it settled.
const PROBE = `
  window.__timelinePainted = function (count) {
    var clickAt = 0;
    window.addEventListener('click', function () { clickAt = performance.now(); }, { capture: true, once: true });
    function cards() { return document.querySelectorAll('main[aria-label="Timeline"] article.timeline-event').length; }
    return new Promise(function (resolve) {
      var first = null;
      function settle() {
        var before = cards();
        setTimeout(function () { requestAnimationFrame(function () { var n = cards(); if (n !== before) return settle(); resolve({ first: first, all: n >= count ? performance.now() - clickAt : null, drawn: n }); }); }, 500);
      }
      function check() {
        if (first === null && cards() > 0) { first = -1; requestAnimationFrame(function () { first = performance.now() - clickAt; observer.disconnect(); settle(); }); }
      }
      var observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true });
    });
  };
`;

export interface TimelineFigures {
  readonly events: number;
  readonly firstCardMs: number | null;
  readonly allCardsMs: number | null;
  readonly cardsDrawn: number;
  readonly longestTaskMs: number;
  readonly heapMb: number;
}

/** Opens the timeline of a notebook holding `count` events (each with two pieces of evidence). */
export async function timelineThroughUi(app: AppProfile, count: number): Promise<TimelineFigures> {
  const page = app.page!;
  await addEvents(page, count);
  await page.reload();
  await waitForLibrary(page);
  await page.evaluate(LONG_TASKS);
  await page.evaluate(PROBE);
  await resetLongTasks(page);
  const painted = page.evaluate(`window.__timelinePainted(${count})`) as Promise<{ first: number | null; all: number | null; drawn: number }>;
  await page.getByRole('group', { name: 'Views' }).getByRole('button', { name: 'Timeline', exact: true }).click();
  const r = await painted;
  const round = (x: number | null) => (x === null ? null : Math.round(x));
  return { events: count, firstCardMs: round(r.first), allCardsMs: round(r.all), cardsDrawn: r.drawn, longestTaskMs: await longestTask(page), heapMb: await app.heapMb() };
}
