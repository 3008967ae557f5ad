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
import { terms } from '../common/search/analyzer';
import { withApp } from './chromiumSession';
import { clearPalette, insertSources, logPruned, openPalette, restart, typeMeasured, type Keystroke } from './chromium/paletteMeasure';
import { percentile } from './corpus';
import { realisticCorpus } from './realisticCorpus';
import { JUDGED_QUERIES } from './relevance/judgedQueries';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const QUERIES = JUDGED_QUERIES.slice(0, Number(process.env['BENCH_QUERIES'] ?? JUDGED_QUERIES.length)).map((q) => q.query);
const OUT = join(__dirname, 'results/searchLatency.json');

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
      const coldLoads: Array<{ readMs: number; restoreMs: number }> = [];
      const warm: Array<{ p50: number; p95: number; max: number }> = [];
      const strokes: Keystroke[] = [];
      for (let run = 0; run < RUNS; run++) {
        // Cold: a fresh page, the palette opened and typed into at once.
        await restart(page);
        await openPalette(page);
        const first = await typeMeasured(page, QUERIES[0]!);
        if (process.env['BENCH_DEBUG']) console.log('cold first query', JSON.stringify(first));
        cold.push(first[0]!.total);
        const load = first.find((k) => k.load)?.load;
        if (load) coldLoads.push(load);
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
        cold: {
          firstKeystrokeAfterStartMs: spread(cold),
          slowestKeystrokeOfFirstQueryMs: spread(coldQuery),
          // In the worker, at the start: reading the saved index from IndexedDB, then restoring it.
          ...(coldLoads.length ? { savedIndexReadMs: spread(coldLoads.map((l) => l.readMs)), savedIndexRestoreMs: spread(coldLoads.map((l) => l.restoreMs)) } : {}),
        },
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
