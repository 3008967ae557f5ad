import type { Page } from '@playwright/test';
import type { GeneratedSource } from '../realisticCorpus';

/** Typing in the palette as a user does, measured from the page (bench/searchLatency.bench.ts, bench/profileSearch.ts). */
export const KEY_GAP_MS = 120; // a brisk typist: every keystroke comes after the palette's 60 ms debounce

/** Writes generated sources straight into IndexedDB with their change-log lines (what the import's Dexie writes log). */
export async function insertSources(page: Page, sources: readonly GeneratedSource[], from: number): Promise<void> {
  for (let at = 0; at < sources.length; at += 500) {
    const batch = sources.slice(at, at + 500).map((s, i) => ({ ...s, n: from + at + i }));
    await page.evaluate(
      (batch) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onsuccess = () => {
            const tx = open.result.transaction(['sources', 'versions', 'searchChanges'], 'readwrite');
            const now = new Date().toISOString();
            for (const s of batch) {
              const id = `gen-${s.n}`;
              const hash = `gen${String(s.n).padStart(61, '0')}`;
              tx.objectStore('versions').put({ hash, sourceId: id, text: s.text, importedAt: now });
              tx.objectStore('sources').put({ id, fileName: s.fileName, title: s.title, language: 'fr', date: null, byteSize: s.text.length, hash, importedAt: now, updatedAt: now });
              tx.objectStore('searchChanges').add({ table: 'sources', key: id });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      batch,
    );
  }
}

// A string, not a function: the bundler would name inner functions with a helper the page lacks.
// painted() resolves with the keystroke-to-frame time and the app's User Timing entry for that search
// (round trip to the worker, and the worker's sync and rank times), when there was one.
const PROBE = `
  window.keyAt = 0;
  window.postAt = 0;
  window.addEventListener('keydown', function () { window.keyAt = performance.now(); }, true);
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function () { window.postAt = performance.now(); return post.apply(this, arguments); };
  window.painted = function (expected) {
    return new Promise(function (resolve) {
      function done() {
        var list = document.querySelector('[role="listbox"][aria-label="Search results"]');
        return list && list.getAttribute('data-searched') === expected && list.getAttribute('aria-busy') === 'false';
      }
      function finish() {
        requestAnimationFrame(function () {
          var total = performance.now() - window.keyAt;
          var m = performance.getEntriesByName('verbatim:search').filter(function (e) { return e.startTime >= window.keyAt; }).pop();
          var asked = m && window.postAt >= window.keyAt ? window.postAt - window.keyAt : null;
          resolve({ total: total, beforeAsking: asked, roundTrip: m ? m.duration : null, sync: m && m.detail ? m.detail.syncMs : null, rank: m && m.detail ? m.detail.rankMs : null, load: m && m.detail && m.detail.load ? m.detail.load : null });
        });
      }
      if (done()) return finish();
      var observer = new MutationObserver(function () { if (!done()) return; observer.disconnect(); finish(); });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  };
`;

export interface Keystroke {
  total: number;
  beforeAsking: number | null;
  roundTrip: number | null;
  sync: number | null;
  rank: number | null;
  /** The first search after a start: reading the saved index, restoring it (worker, ms). */
  load: { readMs: number; restoreMs: number } | null;
}

/** Types `query` key by key into an open palette; what each keystroke cost. */
export async function typeMeasured(page: Page, query: string): Promise<Keystroke[]> {
  const out: Keystroke[] = [];
  for (let i = 1; i <= query.length; i++) {
    await page.keyboard.type(query[i - 1]!);
    const typed = query.slice(0, i);
    if (typed.trim() === '') continue;
    out.push((await page.evaluate(`window.painted(${JSON.stringify(typed)})`)) as Keystroke);
    await page.waitForTimeout(KEY_GAP_MS);
  }
  return out;
}

export async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('searchbox', { name: 'Search everything' }).waitFor();
}

export async function clearPalette(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('');
  await page.waitForTimeout(KEY_GAP_MS);
}

/** A fresh page on the same profile: the library painted, the probe installed. */
export async function restart(page: Page): Promise<void> {
  await page.reload();
  // The library's first row painted (at 10,000 rows on a loaded machine this takes a while).
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().waitFor({ timeout: 600_000 });
  await page.evaluate(PROBE);
}

export async function logPruned(page: Page): Promise<void> {
  // The index is saved (and the change log pruned) a few seconds after the last change.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('verbatim');
        open.onsuccess = () => {
          const count = open.result.transaction('searchChanges').objectStore('searchChanges').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result === 0);
          };
        };
      }),
    undefined,
    { polling: 1000, timeout: 1_800_000 },
  );
}

