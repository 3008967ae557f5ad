// npm run build && npx tsx --tsconfig tsconfig.node.json bench/importLongTasks.bench.ts [--files 1250] [--runs 3] [--renderer out/renderer] [--label after]
// Does a 5 MB import freeze the window? The built app in Chromium through the harness imports
// 1,250 generated French sources of ~4 KB (bench/realisticCorpus.ts, 5 MB) with "Import sources…",
// as a user does; a PerformanceObserver('longtask') in the page records every task over 50 ms from the
// click to the import report. Issue 14's bar: no task over 100 ms. Figures (per run: longest task,
// tasks over 50 and 100 ms, import time) to bench/results/import-long-tasks.json under `--label`.
import { chromium } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { realisticCorpus } from './realisticCorpus';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1250' },
    runs: { type: 'string', default: '3' },
    renderer: { type: 'string', default: 'out/renderer' },
    label: { type: 'string', default: 'current' },
    // Prints where the page's main thread spent its time during the import (V8 CPU profile, self time).
    profile: { type: 'boolean', default: false },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);
const REPO = join(__dirname, '..');
const RESULTS = join(__dirname, 'results/import-long-tasks.json');

const PROBE = `
  window.__longTasks = [];
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) { window.__longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); });
  }).observe({ type: 'longtask', buffered: false });
`;

function startHarness(port: number, dataDir: string, seedsDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'harness/cli.ts', '--port', String(port), '--data', dataDir, '--seeds', seedsDir, '--renderer', resolve(values.renderer)], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('Verbatim harness on') && resolvePromise(child)));
}

interface Run {
  importMs: number;
  longestTaskMs: number;
  tasksOver50: number;
  tasksOver100: number;
  blockedMs: number;
  longest: Array<{ start: number; ms: number }>;
}

async function oneRun(corpusDir: string, paths: string[], run: number): Promise<Run> {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-bench-longtasks-'));
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  const port = 26_000 + ((process.pid + run) % 1000);
  const harness = await startHarness(port, dataDir, join(REPO, 'seeds'));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByRole('option').first().waitFor({ timeout: 120_000 });
    await page.getByRole('status', { name: 'Import report' }).getByText('Seed corpus').waitFor({ timeout: 120_000 });
    writeFileSync(join(dataDir, 'open-next.txt'), `${paths.join('\n')}\n`);
    await page.evaluate(PROBE);
    const cdp = values.profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
      await cdp.send('Profiler.start');
    }
    const started = Date.now();
    await page.getByRole('button', { name: 'Import sources…' }).click();
    await page.getByRole('status', { name: 'Import report' }).getByText('Imported files:').waitFor({ timeout: 600_000 });
    const importMs = Date.now() - started;
    // Let the work that follows an import (live queries, the search index) run before reading.
    await page.waitForTimeout(3_000);
    if (cdp) printHotFunctions((await cdp.send('Profiler.stop')).profile);
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: Array<{ start: number; ms: number }> }).__longTasks);
    const sorted = [...tasks].sort((a, b) => b.ms - a.ms);
    return {
      importMs,
      longestTaskMs: sorted[0]?.ms ?? 0,
      tasksOver50: tasks.length,
      tasksOver100: tasks.filter((t) => t.ms > 100).length,
      blockedMs: tasks.reduce((sum, t) => sum + t.ms, 0),
      longest: sorted.slice(0, 5),
    };
  } finally {
    await browser.close();
    harness.kill();
    rmSync(root, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions with the most self time, and the bundle functions under which most time was spent. */
function printHotFunctions(profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
  // Inclusive time of the app's own functions (the bundle's named functions on the stack).
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map<string, number>();
  profile.samples?.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url.includes('/assets/') || !frame.functionName) continue;
      const name = `${frame.functionName} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
      if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
      seen.add(name);
    }
  });
  console.log('--- inclusive, app code');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function main() {
  if (!existsSync(join(resolve(values.renderer), 'index.html'))) throw new Error(`no build in ${values.renderer}: run npm run build`);
  const corpusDir = mkdtempSync(join(tmpdir(), 'verbatim-bench-5mb-'));
  const corpus = realisticCorpus(FILES);
  const paths = corpus.map((s, i) => {
    const path = join(corpusDir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, s.text);
    return path;
  });
  const bytes = corpus.reduce((sum, s) => sum + Buffer.byteLength(s.text), 0);
  const runs: Run[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.push(await oneRun(corpusDir, paths, i));
      console.log(JSON.stringify(runs[runs.length - 1]));
    }
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
  const longest = runs.map((r) => r.longestTaskMs);
  const figure = {
    files: FILES,
    megabytes: +(bytes / 1e6).toFixed(2),
    runs: RUNS,
    importMs: { median: median(runs.map((r) => r.importMs)), min: Math.min(...runs.map((r) => r.importMs)), max: Math.max(...runs.map((r) => r.importMs)) },
    longestTaskMs: { median: median(longest), min: Math.min(...longest), max: Math.max(...longest) },
    tasksOver100Ms: runs.map((r) => r.tasksOver100),
    perRun: runs,
  };
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: Record<string, unknown> }) : {};
  const result = {
    what: 'Long tasks (PerformanceObserver longtask, > 50 ms) in the page while importing generated ~4 KB French text files with "Import sources…" (Chromium through the harness), click to import report plus 3 s',
    machine: `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (machine shared with other jobs)`,
    // The newest run's date (and machine): what the table shows.
    date: new Date().toISOString(),
    results: { ...(previous.results ?? {}), [values.label]: { renderer: values.renderer, date: new Date().toISOString(), figure } },
  };
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(figure));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
