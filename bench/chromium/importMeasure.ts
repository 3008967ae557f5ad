import type { Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedSource } from '../realisticCorpus';
import { LONG_TASKS, longestTask, resetLongTasks, type AppProfile } from './appProfile';

/** Writes the sources as .txt files under `dir`; their paths, in order. */
export function writeCorpusFiles(dir: string, sources: readonly GeneratedSource[]): string[] {
  mkdirSync(dir, { recursive: true });
  return sources.map((s) => {
    const path = join(dir, s.fileName);
    writeFileSync(path, s.text);
    return path;
  });
}

/** The app is up: the seeds are imported and the library lists them. */
export async function waitForLibrary(page: Page): Promise<void> {
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: 'Import sources…' }).and(page.locator(':enabled')).waitFor({ timeout: 600_000 });
}

// A string, not a function: the bundler would name inner functions with a helper the page lacks.
// Resolves with the times from the click on "Import sources…" to the frame after the report of
// that import (its count of imported files) is on screen, and to the frame after the library's
// count says \`total\` sources (null if it never does within two minutes of the report).
const IMPORT_PROBE = `
  window.__clickAt = 0;
  window.addEventListener('click', function () { window.__clickAt = performance.now(); }, true);
  window.__importPainted = function (expected, total) {
    // A new report line, not the one an earlier import left (lines are reused, so count them).
    var linesBefore = document.querySelectorAll('[aria-label="Import report"] li.report').length;
    return new Promise(function (resolve) {
      var report = null;
      function reported() {
        var lines = document.querySelectorAll('[aria-label="Import report"] li.report');
        return lines.length > linesBefore && lines[0].textContent.indexOf(expected) === 0;
      }
      function listed() {
        var title = document.querySelector('nav[aria-label="Library"] h2');
        return !!title && title.textContent.replace(/[^0-9]/g, '') === String(total);
      }
      function check() {
        if (report === null && reported()) {
          report = -1;
          requestAnimationFrame(function () { report = performance.now() - window.__clickAt; check(); });
        }
        if (report !== null && report >= 0 && listed()) {
          observer.disconnect();
          requestAnimationFrame(function () { resolve({ report: report, library: performance.now() - window.__clickAt }); });
          return true;
        }
        return false;
      }
      var observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      var wait = setInterval(function () {
        if (report !== null && report >= 0 && performance.now() - window.__clickAt - report > 120000) { clearInterval(wait); observer.disconnect(); resolve({ report: report, library: null }); }
      }, 1000);
      check();
    });
  };
`;

export interface ImportFigures {
  /** Click to the report of the import painted. */
  readonly ms: number;
  /** Click to the library's count painted with the new sources (null: never seen). */
  readonly libraryMs: number | null;
  readonly filesPerSecond: number;
  /** The longest long task from the click until the library shows the new count. */
  readonly longestTaskMs: number;
  /** The app's own marks: reading the files in main, and writing them (questions included). */
  readonly readMs: number | null;
  readonly writeMs: number | null;
}

/** Imports the files through "Import sources…" (the harness answers the dialog with `paths`); `total`: sources the library should count afterwards. */
export async function importThroughUi(app: AppProfile, paths: readonly string[], total: number, expected = `Imported files: ${paths.length} imported`): Promise<ImportFigures> {
  const page = app.page!;
  await page.evaluate(IMPORT_PROBE);
  await page.evaluate(LONG_TASKS);
  writeFileSync(join(app.dataDir, 'open-next.txt'), paths.join('\n'));
  await resetLongTasks(page);
  await page.evaluate('performance.clearMeasures()');
  const painted = page.evaluate(`window.__importPainted(${JSON.stringify(expected)}, ${total})`) as Promise<{ report: number; library: number | null }>;
  await page.getByRole('button', { name: 'Import sources…' }).click();
  const { report, library } = await painted;
  const longestTaskMs = await longestTask(page);
  const measured = (await page.evaluate(`performance.getEntriesByType('measure').map(function (m) { return [m.name, Math.round(m.duration)]; })`)) as Array<[string, number]>;
  const mark = (name: string) => measured.find(([n]) => n === name)?.[1] ?? null;
  return { ms: Math.round(report), libraryMs: library === null ? null : Math.round(library), filesPerSecond: Math.round(paths.length / (report / 1000)), longestTaskMs, readMs: mark('import files: read'), writeMs: mark('import files: write') };
}

/** The rows the import writes for these sources, built in Node (not timed). */
function floorRows(sources: readonly GeneratedSource[], tag: string) {
  const at = new Date().toISOString();
  const versions = [];
  const rows = [];
  for (const [i, s] of sources.entries()) {
    const hash = createHash('sha256').update(`${tag}${s.text}`).digest('hex');
    const id = `${tag}-${i}`;
    const path = `/bench/${tag}/${s.fileName}`;
    versions.push({ hash, sourceId: id, text: s.text, importedAt: at, byteSize: s.text.length, encoding: 'utf-8', replacedBytes: 0, origin: 'files', path });
    rows.push({ id, fileName: s.fileName, path, title: s.title, language: 'fr', date: null, byteSize: s.text.length, hash, importedAt: at, updatedAt: at });
  }
  return { versions, sources: rows };
}

/**
 * The floor: a raw Dexie `bulkPut` of the same rows (versions and sources, with the app's indexes)
 * in one transaction, in the same page, into a database of its own that is deleted afterwards.
 */
export async function bulkPutFloor(page: Page, sources: readonly GeneratedSource[], tag: string): Promise<number> {
  const hasDexie = await page.evaluate('typeof window.Dexie === "function"');
  if (!hasDexie) await page.evaluate(readFileSync(require.resolve('dexie/dist/dexie.min.js'), 'utf8'));
  await page.evaluate('window.__floorRows = { versions: [], sources: [] }');
  const rows = floorRows(sources, tag);
  for (let at = 0; at < sources.length; at += 1000) {
    await page.evaluate(
      ([versions, sourceRows]) => {
        const w = window as unknown as { __floorRows: { versions: unknown[]; sources: unknown[] } };
        w.__floorRows.versions.push(...versions);
        w.__floorRows.sources.push(...sourceRows);
      },
      [rows.versions.slice(at, at + 1000), rows.sources.slice(at, at + 1000)] as const,
    );
  }
  const ms = (await page.evaluate(`(async function () {
    var db = new Dexie('verbatim-floor-${tag}');
    db.version(1).stores({ sources: 'id, fileName, hash, path', versions: 'hash, sourceId, path' });
    await db.open();
    var t0 = performance.now();
    await db.transaction('rw', db.sources, db.versions, function () {
      return Promise.all([db.versions.bulkPut(window.__floorRows.versions), db.sources.bulkPut(window.__floorRows.sources)]);
    });
    var ms = performance.now() - t0;
    db.close();
    await Dexie.delete('verbatim-floor-${tag}');
    window.__floorRows = null;
    return ms;
  })()`)) as number;
  return Math.round(ms);
}
