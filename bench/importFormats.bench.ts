// npm run build && npx tsx --tsconfig tsconfig.node.json bench/importFormats.bench.ts
// Import throughput per format (MB/s, files/s) on a folder of 100 mixed files (20 each of .txt, .md,
// .html, .pdf, .docx), in Node (main's extraction alone) and in Chromium through the harness (the
// whole import: dialog, extraction in main, storing in IndexedDB), with the window's long tasks
// (PerformanceObserver 'longtask') during it. Figures to bench/results/import-formats.json.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseSourceBytes } from '../main/services/extract/parseSourceBytes';
import type { SourceFormat } from '@common/source/sourceFormat';
import { withApp } from './chromiumSession';
import { BENCH_FORMATS, paragraphPool, writeMixedFolder, type BenchFile } from './importFormatsCorpus';

const MB = 1024 * 1024;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function throughput(files: readonly BenchFile[], ms: number) {
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return { files: files.length, megabytes: round(bytes / MB, 2), ms: Math.round(ms), mbPerSecond: round(bytes / MB / (ms / 1000)), filesPerSecond: round(files.length / (ms / 1000), 1) };
}

/** Main's share: reading bytes into a source (extraction, normalization, hash), file by file. */
async function nodeFigures(files: readonly BenchFile[]) {
  const perFormat: Record<string, ReturnType<typeof throughput>> = {};
  for (const format of BENCH_FORMATS) {
    const mine = files.filter((f) => f.format === format);
    // One warm-up file, so loading pdf.js or mammoth is not counted as throughput.
    await parseSourceBytes(readFileSync(mine[0]!.path), basename(mine[0]!.path), mine[0]!.path);
    const t0 = performance.now();
    for (const f of mine) {
      const result = await parseSourceBytes(readFileSync(f.path), basename(f.path), f.path);
      if ('reason' in result) throw new Error(`${f.path}: ${result.reason}`);
    }
    perFormat[format] = throughput(mine, performance.now() - t0);
  }
  return perFormat;
}

async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[]; __observer?: PerformanceObserver };
    w.__longTasks = [];
    w.__observer?.disconnect();
    w.__observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
    });
    w.__observer.observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page) {
  const durations = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return { count: durations.length, over100ms: durations.filter((d) => d > 100).length, maxMs: Math.round(Math.max(0, ...durations)), allMs: durations.map((d) => Math.round(d)) };
}

/** One import through the UI: the dialog answers `files`; timed from the click to the report. */
async function importThroughDialog(page: Page, dataDir: string, files: readonly BenchFile[]) {
  writeFileSync(join(dataDir, 'open-next.txt'), `${files.map((f) => f.path).join('\n')}\n`);
  await watchLongTasks(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Import sources…' }).click();
  await page.getByRole('status', { name: 'Import report' }).getByText(`Imported files: ${files.length} imported`).first().waitFor({ timeout: 600_000 });
  const ms = Date.now() - t0;
  return { ...throughput(files, ms), longTasks: await longTasks(page) };
}

void (async () => {
  const repo = join(__dirname, '..');
  const pool = paragraphPool(repo);
  const root = mkdtempSync(join(tmpdir(), 'verbatim-formats-bench-'));
  try {
    const mixed = await writeMixedFolder(join(root, 'mixed'), pool, 20, 0);
    const node = await nodeFigures(mixed);
    const chromium = await withApp(async (page, dataDir) => {
      const all = await importThroughDialog(page, dataDir, mixed);
      // Each format alone, on other documents (new text, so each is imported, not found unchanged).
      const separate = await writeMixedFolder(join(root, 'separate'), pool, 20, 1000);
      const perFormat: Record<string, unknown> = {};
      for (const format of BENCH_FORMATS) perFormat[format] = await importThroughDialog(page, dataDir, separate.filter((f) => f.format === format as SourceFormat));
      return { mixed100: all, perFormat };
    });
    const result = {
      what: 'Import of 100 mixed files (20 .txt, 20 .md, 20 .html, 20 .pdf, 20 .docx; ~30,000 characters of text each). node: main\'s extraction alone (parseSourceBytes), warm. chromium: the whole import through the harness (dialog → main reads and extracts file by file → one IndexedDB transaction), timed from the click to the report, with the window\'s long tasks during it.',
      node,
      chromium,
      machine: '2 shared cores, loaded by other builds and tests',
      date: new Date().toISOString(),
    };
    writeFileSync(join(__dirname, 'results/import-formats.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
})();
