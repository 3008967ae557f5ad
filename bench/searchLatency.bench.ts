// npm run build && npx tsx --tsconfig tsconfig.node.json bench/searchLatency.bench.ts      (BENCH_SIZES=1000 for a quicker run)
// Search latency as a user gets it: the built app in Chromium through the harness, typing in the
// palette, from the keystroke (a capture keydown listener) to the frame after the results for that
// text are in the page. Corpus: bench/realisticCorpus.ts (seeds + Steinheil sentences + generated
// names, numbers, dates, word forms). Figures to bench/results/search-latency.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { terms } from '../common/search/analyzer';
import { withApp } from './chromiumSession';
import { percentile } from './corpus';
import { realisticCorpus, type GeneratedSource } from './realisticCorpus';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const KEY_GAP_MS = 120; // a brisk typist: every keystroke comes after the palette's 60 ms debounce

/** Writes generated sources straight into IndexedDB with their change-log lines (what the import's Dexie writes log). */
async function insertSources(page: Page, sources: readonly GeneratedSource[], from: number): Promise<void> {
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
const PROBE = `
  window.keyAt = 0;
  window.addEventListener('keydown', function () { window.keyAt = performance.now(); }, true);
  window.painted = function (expected) {
    return new Promise(function (resolve) {
      function done() {
        var list = document.querySelector('[role="listbox"][aria-label="Search results"]');
        return list && list.getAttribute('data-searched') === expected && list.getAttribute('aria-busy') === 'false';
      }
      function finish() { requestAnimationFrame(function () { resolve(performance.now() - window.keyAt); }); }
      if (done()) return finish();
      var observer = new MutationObserver(function () { if (!done()) return; observer.disconnect(); finish(); });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  };
`;

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

/** Types `query` key by key into an open palette; the latency of each keystroke. */
async function typeMeasured(page: Page, query: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    await page.keyboard.type(query[i - 1]!);
    const typed = query.slice(0, i);
    if (typed.trim() === '') continue;
    times.push(await page.evaluate(`window.painted(${JSON.stringify(typed)})`));
    await page.waitForTimeout(KEY_GAP_MS);
  }
  return times;
}

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('searchbox', { name: 'Search everything' }).waitFor();
}

async function clearPalette(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('');
  await page.waitForTimeout(KEY_GAP_MS);
}

async function restart(page: Page): Promise<void> {
  await page.reload();
  await page.getByRole('option').first().waitFor();
  await installProbe(page);
}

const stats = (t: number[]) => ({ keystrokes: t.length, p50Ms: +percentile(t, 50).toFixed(1), p95Ms: +percentile(t, 95).toFixed(1), maxMs: +Math.max(...t).toFixed(1) });

async function main() {
  const largest = Math.max(...SIZES);
  const corpus = realisticCorpus(largest);
  const distinct = (n: number) => new Set(corpus.slice(0, n).flatMap((s) => terms(s.text))).size;
  const sample = corpus[7]!.text.match(/\b[A-Z][a-z]{5,}(?:ov|ski|ier|enko)\b/)?.[0] ?? 'Lavrov';
  const QUERIES = ['kim jong un', 'armée russe', 'steinheil', 'nord-coréens', '"impasse Ronsin"', sample.toLowerCase(), 'vaugirard 1908'];
  const figures: Record<string, unknown>[] = [];
  await withApp(async (page) => {
    let inserted = 0;
    for (const size of SIZES) {
      await insertSources(page, corpus.slice(inserted, size), inserted);
      inserted = size;
      await restart(page);
      await openPalette(page);
      const build = await typeMeasured(page, 'poutine');
      // Wait for the index to be saved (the change log is pruned when it is), then start again.
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
        { polling: 1000, timeout: 600_000 },
      );
      await restart(page);
      await openPalette(page);
      const afterStart = await typeMeasured(page, 'poutine');
      const typing: number[] = [];
      for (const q of QUERIES) {
        await clearPalette(page);
        typing.push(...(await typeMeasured(page, q)));
      }
      await page.keyboard.press('Escape');
      figures.push({
        sources: size + 5,
        distinctTerms: distinct(size),
        firstSearchAfterImportMs: +build[0]!.toFixed(0),
        firstSearchAfterStartMs: +afterStart[0]!.toFixed(0),
        typing: stats(typing),
      });
      console.log(JSON.stringify(figures[figures.length - 1]));
    }
  });
  const result = {
    what: 'Palette search in Chromium through the harness: keystroke (keydown) to the frame after the results for that text are in the page, typing one key every ~120 ms; sources of ~4 KB from bench/realisticCorpus.ts (+ the 5 seeds); machine shared with other jobs (loaded), so figures are noisy',
    queries: QUERIES,
    figures,
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/search-latency.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
}

void main();
