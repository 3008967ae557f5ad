// npm run build && npx tsx --tsconfig tsconfig.node.json bench/libraryStart.bench.ts [--sizes 1000,10000] [--runs 5] [--renderer out/renderer] [--label after]
// Cold start to an interactive library with N sources stored, the way a user meets it: the built app
// in Chromium through the harness, a fresh browser process on a profile that already holds the
// notebook, from navigation to the library listing its sources (the "Sources (N)" count shown and a
// source row focusable). Counts the IndexedDB reads that walk a whole store or index before that
// moment (getAll/getAllKeys/openCursor/openKeyCursor with no key range and no limit): the figure issue
// 17 asks to be zero for rows ("no full-table scans before first paint"); key-only walks are counted apart.
// `--renderer` measures another build (e.g. the one before a change) with the same harness and corpus.
// Figures (median, min, max of the runs) go to bench/results/library-start.json under `--label`.
import { chromium, type BrowserContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { insertSources, numberedSources } from '../tests/e2e/support/bulkSources';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '5' },
    renderer: { type: 'string', default: 'out/renderer' },
    label: { type: 'string', default: 'current' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const RUNS = Number(values.runs);
const REPO = join(__dirname, '..');
const RESULTS = join(__dirname, 'results/library-start.json');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

// Before any script of the page: wraps IndexedDB's reads to count unbounded walks, and marks the
// moment the library is interactive. A string: the bundler would rename inner functions otherwise.
const PROBE = `
  window.__scans = { rows: [], keys: [] };
  window.__interactive = null;
  (function () {
    var rowReads = ['getAll', 'openCursor'];
    var keyReads = ['getAllKeys', 'openKeyCursor'];
    function wrap(proto, kind) {
      rowReads.concat(keyReads).forEach(function (name) {
        var original = proto[name];
        if (!original) return;
        proto[name] = function (query, count) {
          // Chromium's IndexedDB 3 takes one options object { query, count, direction } (Dexie uses it).
          var q = query, c = count;
          if (q && typeof q === 'object' && !(q instanceof IDBKeyRange) && !Array.isArray(q) && !(q instanceof Date) && ('query' in q || 'count' in q || 'direction' in q)) { c = q.count; q = q.query; }
          var unbounded = (q === undefined || q === null) && !c;
          if (unbounded && window.__interactive === null) {
            var store = kind === 'index' ? this.objectStore.name + '.' + this.name : this.name;
            (rowReads.indexOf(name) >= 0 ? window.__scans.rows : window.__scans.keys).push(store + ' ' + name);
          }
          return original.apply(this, arguments);
        };
      });
    }
    wrap(IDBObjectStore.prototype, 'store');
    wrap(IDBIndex.prototype, 'index');
    function check() {
      var heading = document.querySelector('nav[aria-label="Library"] h2');
      var option = document.querySelector('[role="listbox"][aria-label="Sources"] [role="option"]');
      if (heading && option && /\\(\\d+\\)/.test(heading.textContent || '')) {
        window.__interactive = performance.now();
        window.__count = heading.textContent;
        return true;
      }
      return false;
    }
    new MutationObserver(function (_, observer) { if (check()) observer.disconnect(); }).observe(document, { subtree: true, childList: true, characterData: true });
  })();
`;

function startHarness(port: number, dataDir: string, seedsDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'harness/cli.ts', '--port', String(port), '--data', dataDir, '--seeds', seedsDir, '--renderer', resolve(values.renderer)], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolvePromise) => child.stdout!.on('data', (d: Buffer) => d.toString().includes('Verbatim harness on') && resolvePromise(child)));
}

async function openBrowser(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'], viewport: { width: 1280, height: 720 } });
}

interface Run {
  interactiveMs: number;
  firstContentfulPaintMs: number | null;
  rowScans: string[];
  keyScans: string[];
  count: string;
}

async function coldStart(profile: string, url: string, expected: number): Promise<Run> {
  const context = await openBrowser(profile);
  try {
    await context.addInitScript(PROBE);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction((n) => (window as unknown as { __count?: string }).__count?.includes(`(${n})`), expected, { timeout: 300_000, polling: 50 });
    return await page.evaluate(() => {
      const w = window as unknown as { __interactive: number; __scans: { rows: string[]; keys: string[] }; __count: string };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      return { interactiveMs: Math.round(w.__interactive), firstContentfulPaintMs: fcp === null ? null : Math.round(fcp), rowScans: w.__scans.rows, keyScans: w.__scans.keys, count: w.__count };
    });
  } finally {
    await context.close();
  }
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function main() {
  if (!existsSync(join(resolve(values.renderer), 'index.html'))) throw new Error(`no build in ${values.renderer}: run npm run build`);
  const root = mkdtempSync(join(tmpdir(), 'verbatim-bench-start-'));
  const port = 25_000 + (process.pid % 1000);
  const url = `http://127.0.0.1:${port}/`;
  const harness = await startHarness(port, join(root, 'data'), join(REPO, 'seeds'));
  const figures: Record<string, unknown>[] = [];
  try {
    let stored = 0;
    for (const size of SIZES) {
      // Fill the profile: the app's first start imports the seeds, then the generated sources go in.
      const filling = await openBrowser(join(root, 'profile'));
      const page = filling.pages()[0] ?? (await filling.newPage());
      await page.goto(url);
      await page.getByRole('option').first().waitFor({ timeout: 120_000 });
      await insertSources(page, numberedSources(size - stored, stored + 1));
      stored = size;
      await filling.close();
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await coldStart(join(root, 'profile'), url, size + 5));
      const interactive = runs.map((r) => r.interactiveMs);
      const fcp = runs.flatMap((r) => (r.firstContentfulPaintMs === null ? [] : [r.firstContentfulPaintMs]));
      const figure = {
        sources: size + 5,
        runs: RUNS,
        interactiveMs: { median: median(interactive), min: Math.min(...interactive), max: Math.max(...interactive) },
        firstContentfulPaintMs: fcp.length ? { median: median(fcp), min: Math.min(...fcp), max: Math.max(...fcp) } : null,
        unboundedRowReadsBeforeInteractive: runs[0]!.rowScans,
        unboundedKeyReadsBeforeInteractive: runs[0]!.keyScans,
      };
      figures.push(figure);
      console.log(JSON.stringify(figure));
    }
  } finally {
    harness.kill();
    rmSync(root, { recursive: true, force: true });
  }
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: Record<string, unknown> }) : {};
  const result = {
    what: 'Cold start to an interactive library (Chromium through the harness; fresh browser process on a profile holding N sources of the app; navigation to the "Sources (N)" count and the first row in the page); unbounded IndexedDB reads made before that moment',
    machine: `${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end (machine shared with other jobs)`,
    results: { ...(previous.results ?? {}), [values.label]: { renderer: values.renderer, date: new Date().toISOString(), figures } },
  };
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
