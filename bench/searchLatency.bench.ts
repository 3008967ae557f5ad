// npm run build && npx tsx --tsconfig tsconfig.node.json bench/searchLatency.bench.ts
//   BENCH_SIZES=1000,10000 (default)   BENCH_RUNS=3 (warm and cold runs per size)   BENCH_QUERIES=49 (first n judged queries)
// Search latency as a user gets it: the built app in Chromium through the harness, typing in the
// palette key by key, from the keystroke (a capture keydown listener) to the frame after the results
// for that text are in the page. Queries: the judged set of the search issue
// (bench/relevance/judgedQueries.ts). Corpus: bench/realisticCorpus.ts (seeds + Steinheil sentences +
// generated names, numbers, dates, word forms), deterministic. Cold: the first keystroke after a page
// reload (the worker loads the saved index meanwhile); warm: every keystroke of the judged queries.
// Each figure is the median over BENCH_RUNS runs, with min and max. Figures to bench/results/searchLatency.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { terms } from '../common/search/analyzer';
import { withApp } from './chromiumSession';
import { percentile } from './corpus';
import { realisticCorpus, type GeneratedSource } from './realisticCorpus';
import { JUDGED_QUERIES } from './relevance/judgedQueries';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const QUERIES = JUDGED_QUERIES.slice(0, Number(process.env['BENCH_QUERIES'] ?? JUDGED_QUERIES.length)).map((q) => q.query);
const KEY_GAP_MS = 120; // a brisk typist: every keystroke comes after the palette's 60 ms debounce
const OUT = join(__dirname, 'results/searchLatency.json');

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
          resolve({ total: total, beforeAsking: asked, roundTrip: m ? m.duration : null, sync: m && m.detail ? m.detail.syncMs : null, rank: m && m.detail ? m.detail.rankMs : null });
        });
      }
      if (done()) return finish();
      var observer = new MutationObserver(function () { if (!done()) return; observer.disconnect(); finish(); });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
  };
`;

interface Keystroke {
  total: number;
  beforeAsking: number | null;
  roundTrip: number | null;
  sync: number | null;
  rank: number | null;
}

/** Types `query` key by key into an open palette; what each keystroke cost. */
async function typeMeasured(page: Page, query: string): Promise<Keystroke[]> {
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

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.getByRole('searchbox', { name: 'Search everything' }).waitFor();
}

async function clearPalette(page: Page): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('');
  await page.waitForTimeout(KEY_GAP_MS);
}

/** A fresh page on the same profile: the library painted, the probe installed. */
async function restart(page: Page): Promise<void> {
  await page.reload();
  // The library's first row painted (at 10,000 rows on a loaded machine this takes a while).
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().waitFor({ timeout: 600_000 });
  await page.evaluate(PROBE);
}

async function logPruned(page: Page): Promise<void> {
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

const round = (n: number) => +n.toFixed(1);
const median = (xs: number[]) => percentile(xs, 50);
/** Median over runs, with min and max. */
const spread = (xs: number[]) => ({ median: round(median(xs)), min: round(Math.min(...xs)), max: round(Math.max(...xs)) });
const known = (xs: Array<number | null>) => xs.filter((x): x is number => x !== null);

async function main() {
  const largest = Math.max(...SIZES);
  const corpus = realisticCorpus(largest);
  const describe = (n: number) => {
    const slice = corpus.slice(0, n);
    return { sources: n + 5, generated: n, mb: +(slice.reduce((b, s) => b + Buffer.byteLength(s.text), 0) / 1e6).toFixed(1), distinctTerms: new Set(slice.flatMap((s) => terms(s.text))).size };
  };
  const figures: Record<string, unknown>[] = [];
  const loadBefore = loadavg()[0]!;
  await withApp(async (page) => {
    let inserted = 0;
    for (const size of SIZES) {
      await insertSources(page, corpus.slice(inserted, size), inserted);
      inserted = size;
      await restart(page);
      await openPalette(page);
      // The first search after an import builds the index from the change log (in the worker).
      const build = await typeMeasured(page, 'poutine');
      await page.keyboard.press('Escape');
      await logPruned(page);

      const cold: number[] = [];
      const coldQuery: number[] = [];
      const warm: Array<{ p50: number; p95: number; max: number }> = [];
      const strokes: Keystroke[] = [];
      for (let run = 0; run < RUNS; run++) {
        // Cold: a fresh page, the palette opened and typed into at once.
        await restart(page);
        await openPalette(page);
        const first = await typeMeasured(page, QUERIES[0]!);
        if (process.env['BENCH_DEBUG']) console.log('cold first query', JSON.stringify(first));
        cold.push(first[0]!.total);
        coldQuery.push(Math.max(...first.map((k) => k.total)));
        // Warm: every keystroke of the judged queries.
        const typed: Keystroke[] = [];
        for (const q of QUERIES) {
          await clearPalette(page);
          typed.push(...(await typeMeasured(page, q)));
        }
        await page.keyboard.press('Escape');
        const totals = typed.map((k) => k.total);
        warm.push({ p50: percentile(totals, 50), p95: percentile(totals, 95), max: Math.max(...totals) });
        strokes.push(...typed);
        console.log(JSON.stringify({ size, run, cold: round(cold[run]!), warmP50: round(warm[run]!.p50), warmP95: round(warm[run]!.p95) }));
      }
      const roundTrips = known(strokes.map((k) => k.roundTrip));
      const figure = {
        corpus: describe(size),
        runs: RUNS,
        queries: QUERIES.length,
        firstSearchAfterImportMs: Math.round(build[0]!.total),
        cold: { firstKeystrokeAfterStartMs: spread(cold), slowestKeystrokeOfFirstQueryMs: spread(coldQuery) },
        warm: { keystrokes: strokes.length / RUNS, p50Ms: spread(warm.map((w) => w.p50)), p95Ms: spread(warm.map((w) => w.p95)), maxMs: spread(warm.map((w) => w.max)) },
        // Where a warm keystroke's time goes, medians (p95) over every keystroke of every run: the round
        // trip to the worker, within it the worker's sync (change log) and rank (match, marks, snippets);
        // the rest of the total is the palette before asking (debounce, flushing notes) and after (structured
        // clone of the answer, React render, paint).
        breakdown: {
          totalMs: { p50: round(percentile(strokes.map((k) => k.total), 50)), p95: round(percentile(strokes.map((k) => k.total), 95)) },
          roundTripMs: { p50: round(percentile(roundTrips, 50)), p95: round(percentile(roundTrips, 95)) },
          workerSyncMs: { p50: round(percentile(known(strokes.map((k) => k.sync)), 50)), p95: round(percentile(known(strokes.map((k) => k.sync)), 95)) },
          workerRankMs: { p50: round(percentile(known(strokes.map((k) => k.rank)), 50)), p95: round(percentile(known(strokes.map((k) => k.rank)), 95)) },
          keystrokeToWorkerMs: { p50: round(percentile(known(strokes.map((k) => k.beforeAsking)), 50)), p95: round(percentile(known(strokes.map((k) => k.beforeAsking)), 95)) },
          answerToPaintMs: { p50: round(percentile(strokes.filter((k) => k.roundTrip !== null && k.beforeAsking !== null).map((k) => k.total - k.roundTrip! - k.beforeAsking!), 50)), p95: round(percentile(strokes.filter((k) => k.roundTrip !== null && k.beforeAsking !== null).map((k) => k.total - k.roundTrip! - k.beforeAsking!), 95)) },
          outsideRoundTripMs: { p50: round(percentile(strokes.filter((k) => k.roundTrip !== null).map((k) => k.total - k.roundTrip!), 50)), p95: round(percentile(strokes.filter((k) => k.roundTrip !== null).map((k) => k.total - k.roundTrip!), 95)) },
        },
      };
      figures.push(figure);
      console.log(JSON.stringify(figure));
      writeResult(figures, loadBefore);
    }
  });
  writeResult(figures, loadBefore);
}

/** Figures of other sizes already in the file are kept: sizes can be measured in separate runs. */
function earlierFigures(): Record<string, unknown>[] {
  if (!existsSync(OUT)) return [];
  try {
    const old = JSON.parse(readFileSync(OUT, 'utf8')) as { runs?: number; queries?: string[]; figures?: Array<Record<string, unknown> & { corpus?: { generated?: number } }> };
    return (old.figures ?? []).filter((f) => !SIZES.includes(f.corpus?.generated ?? -1)).map((f) => ({ runs: old.runs, queries: old.queries?.length, ...f }));
  } catch {
    return [];
  }
}
const kept = earlierFigures();

function writeResult(measured: Record<string, unknown>[], loadBefore: number): void {
  const figures = [...kept, ...measured].sort((a, b) => ((a['corpus'] as { generated: number }).generated ?? 0) - ((b['corpus'] as { generated: number }).generated ?? 0));
  const result = {
    what: 'Palette search in Chromium through the harness: keystroke (keydown) to the frame after the results for that text are in the page, typing the judged queries key by key (one key every ~120 ms after the last paint). Cold = first keystroke after a page reload (index loading in the worker); warm = every keystroke after. Median of runs with min and max.',
    queries: QUERIES,
    runs: RUNS,
    // Each figure also says its own runs and query count (sizes may be measured separately).

    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? '', loadAverageAtStart: +loadBefore.toFixed(1), loadAverageAtEnd: +loadavg()[0]!.toFixed(1), note: 'shared with other jobs (loaded): figures are noisy' },
    figures,
    date: new Date().toISOString(),
  };
  writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);
}

void main();
