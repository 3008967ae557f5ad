// npm run bench               N = 100, 1,000 and 10,000 sources, 3 runs each (BENCH_RUNS to change)
// npm run bench -- --quick    N = 100 only, and without the benches that take minutes
// A notebook measured the way a user meets it: the built app in Debian's Chromium through the
// harness (fresh profile for cold figures, the same page for warm ones), the floors measured in the
// same page in the same run, plus the benches of their own (some Node only, labelled so). Writes
// bench/results.json and bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { terms } from '../common/search/analyzer';
import { AppProfile } from './chromium/appProfile';
import { bulkPutFloor, importThroughUi, waitForLibrary, writeCorpusFiles, type ImportFigures } from './chromium/importMeasure';
import { readerAndReanchor, type ReaderFigures } from './chromium/readerMeasure';
import { coldStart, warmStart, type StartFigures } from './chromium/startMeasure';
import { measureInterchange, type InterchangeFigures } from './chromium/interchangeMeasure';
import { readFileSync } from 'node:fs';
import { FOLDED, runFolded, type FoldedResult } from './foldedBenches';
import { machineState } from './machineState';
import { realisticCorpus } from './realisticCorpus';
import { resultsMarkdown } from './resultsMarkdown';
import { spread, type Spread } from './spread';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, sizes: { type: 'string' }, runs: { type: 'string' }, 'large-runs': { type: 'string' }, 'no-folded': { type: 'boolean', default: false }, 'no-heavy': { type: 'boolean', default: false }, 'search-sizes': { type: 'string' }, 'only-interchange': { type: 'boolean', default: false } } });
const SIZES = (values.sizes ?? (values.quick ? '100' : '100,1000,10000')).split(',').map(Number);
const RUNS = Number(values.runs ?? process.env['BENCH_RUNS'] ?? 3);
/** Runs at 10,000 sources and more (minutes each on a loaded machine). */
const LARGE_RUNS = Number(values['large-runs'] ?? RUNS);
const runsFor = (n: number) => (n >= 10_000 ? LARGE_RUNS : RUNS);
const SEEDS = 5;

interface RunFigures {
  cold: ImportFigures;
  coldFloorMs: number;
  warm: ImportFigures;
  warmFloorMs: number;
  heapAfterImportMb: number;
  heapAfterWarmImportMb: number;
  indexedDbMb: number;
  coldStart: StartFigures;
  warmStart: StartFigures;
  heapAfterStartMb: number;
}

export interface SizeFigures {
  readonly sources: number;
  readonly corpusMb: number;
  readonly distinctTerms: number;
  readonly import: Record<string, Spread | null>;
  readonly start: Record<string, Spread | null>;
  readonly memory: Record<string, Spread | null>;
  readonly runs: readonly RunFigures[];
}

async function measureSize(n: number, corpus: ReturnType<typeof realisticCorpus>, corpusDir: string): Promise<SizeFigures> {
  const coldPaths = writeCorpusFiles(join(corpusDir, `n${n}-a`), corpus.slice(0, n));
  const warmPaths = writeCorpusFiles(join(corpusDir, `n${n}-b`), corpus.slice(n, 2 * n));
  const runs: RunFigures[] = [];
  for (let r = 0; r < runsFor(n); r++) {
    const app = new AppProfile(r + n);
    try {
      await app.startHarness();
      const page = await app.launch();
      await page.goto(app.url());
      await waitForLibrary(page);
      // Cold: a fresh profile and page, the first import of the notebook; the floor right after, same page.
      const cold = await importThroughUi(app, coldPaths, SEEDS + n);
      const coldFloorMs = await bulkPutFloor(page, corpus.slice(0, n), `cold${r}`);
      const heapAfterImportMb = await app.heapMb();
      // Warm: the same page imports as many other files into the notebook that now holds the first ones.
      const warm = await importThroughUi(app, warmPaths, SEEDS + 2 * n);
      const warmFloorMs = await bulkPutFloor(page, corpus.slice(n, 2 * n), `warm${r}`);
      const heapAfterWarmImportMb = await app.heapMb();
      const indexedDbMb = app.indexedDbMb();
      const cs = await coldStart(app);
      const heapAfterStartMb = await app.heapMb();
      const ws = await warmStart(app);
      runs.push({ cold, coldFloorMs, warm, warmFloorMs, heapAfterImportMb, heapAfterWarmImportMb, indexedDbMb, coldStart: cs, warmStart: ws, heapAfterStartMb });
      console.log(JSON.stringify({ sources: n, run: r + 1, ...runs[runs.length - 1] }));
    } finally {
      await app.dispose();
    }
  }
  const of = (f: (r: RunFigures) => number | null) => spread(runs.map(f));
  const slice = corpus.slice(0, n);
  return {
    sources: n,
    corpusMb: +(slice.reduce((s, c) => s + Buffer.byteLength(c.text), 0) / 1e6).toFixed(1),
    distinctTerms: new Set(slice.flatMap((s) => terms(s.text))).size,
    import: {
      coldMs: of((r) => r.cold.ms),
      coldFilesPerSecond: of((r) => r.cold.filesPerSecond),
      coldFloorMs: of((r) => r.coldFloorMs),
      coldRatio: of((r) => +(r.cold.ms / r.coldFloorMs).toFixed(2)),
      coldLongestTaskMs: of((r) => r.cold.longestTaskMs),
      coldLibraryMs: of((r) => r.cold.libraryMs),
      coldReadMs: of((r) => r.cold.readMs),
      coldWriteMs: of((r) => r.cold.writeMs),
      warmMs: of((r) => r.warm.ms),
      warmFloorMs: of((r) => r.warmFloorMs),
      warmRatio: of((r) => +(r.warm.ms / r.warmFloorMs).toFixed(2)),
      warmLongestTaskMs: of((r) => r.warm.longestTaskMs),
      warmReadMs: of((r) => r.warm.readMs),
      warmWriteMs: of((r) => r.warm.writeMs),
    },
    start: {
      coldLibraryMs: of((r) => r.coldStart.libraryMs),
      coldReadyMs: of((r) => r.coldStart.readyMs),
      coldLongestTaskMs: of((r) => r.coldStart.longestTaskMs),
      warmLibraryMs: of((r) => r.warmStart.libraryMs),
      warmReadyMs: of((r) => r.warmStart.readyMs),
      warmLongestTaskMs: of((r) => r.warmStart.longestTaskMs),
    },
    memory: {
      heapAfterImportMb: of((r) => r.heapAfterImportMb),
      heapAfterWarmImportMb: of((r) => r.heapAfterWarmImportMb),
      heapAfterColdStartMb: of((r) => r.heapAfterStartMb),
      indexedDbMb: of((r) => r.indexedDbMb),
    },
    runs,
  };
}

async function measureReader(): Promise<{ runs: ReaderFigures[]; spread: Record<string, Spread | null> }> {
  const runs: ReaderFigures[] = [];
  for (let r = 0; r < RUNS; r++) {
    const app = new AppProfile(900 + r);
    try {
      await app.startHarness();
      const page = await app.launch();
      await page.goto(app.url());
      await waitForLibrary(page);
      runs.push(await readerAndReanchor(app));
      console.log(JSON.stringify({ reader: r + 1, ...runs[runs.length - 1] }));
    } finally {
      await app.dispose();
    }
  }
  const keys = Object.keys(runs[0] ?? {}) as Array<keyof ReaderFigures>;
  return { runs, spread: Object.fromEntries(keys.map((k) => [k, spread(runs.map((r) => r[k]))])) };
}

/**
 * `--only-interchange`: measures the annotation import and the timeline alone and puts them into the
 * results already written, so the other tables stay as they were measured.
 */
async function onlyInterchange() {
  execFileSync('npm', ['run', 'build'], { cwd: join(__dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
  const file = join(__dirname, 'results.json');
  const results = JSON.parse(readFileSync(file, 'utf8')) as Parameters<typeof resultsMarkdown>[0];
  const interchange = await measureInterchange(RUNS, (line) => console.log(JSON.stringify(line)));
  const next = { ...results, interchange, interchangeMachine: machineState() };
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  writeFileSync(join(__dirname, 'RESULTS.md'), resultsMarkdown(next));
  console.log('Wrote bench/results.json and bench/RESULTS.md');
}

async function main() {
  if (values['only-interchange']) return onlyInterchange();
  const machine = machineState();
  console.log(JSON.stringify(machine));
  console.log('Building the renderer…');
  execFileSync('npm', ['run', 'build'], { cwd: join(__dirname, '..'), stdio: ['ignore', 'ignore', 'inherit'] });
  const corpus = realisticCorpus(2 * Math.max(...SIZES));
  const corpusDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-corpus-'));
  const sizes: SizeFigures[] = [];
  let reader: Awaited<ReturnType<typeof measureReader>> | null = null;
  let interchange: InterchangeFigures | null = null;
  const folded: FoldedResult[] = [];
  // Written after every step, so a run cut short still leaves what it measured.
  const write = () => {
    const results = { machine, runsPerFigure: RUNS, largeRuns: LARGE_RUNS, quick: values.quick, command: process.argv.slice(2).join(' '), sizes, reader, folded, interchange };
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(__dirname, 'RESULTS.md'), resultsMarkdown(results));
  };
  try {
    for (const n of SIZES) {
      sizes.push(await measureSize(n, corpus, corpusDir));
      write();
    }
    reader = await measureReader();
    write();
    interchange = await measureInterchange(RUNS, (line) => console.log(JSON.stringify(line)));
    write();
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
  if (!values['no-folded']) {
    const searchSizes = (values['search-sizes'] ?? SIZES.filter((n) => n >= 1000).join(',')) || SIZES.join(',');
    for (const bench of FOLDED.filter((b) => !((values.quick || values['no-heavy']) && b.heavy))) {
      console.log(`Running bench/${bench.file}…`);
      folded.push(runFolded(bench, searchSizes.split(',').map(Number)));
      write();
    }
  }
  console.log('Wrote bench/results.json and bench/RESULTS.md');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
