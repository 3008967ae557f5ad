import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../../tests/support/paths';
import { annotationFile } from '../annotationCorpus';
import { LONG_TASKS, longestTask, resetLongTasks, type AppProfile } from './appProfile';

// From the click on "Import annotations…" to the frame after the notice with the counts is painted;
// meanwhile the longest gap between two animation frames (what a user feels as a frozen window) and
// how many distinct progress texts were painted.
const PROBE = `
  window.__annotationImport = function () {
    var clickAt = 0;
    window.addEventListener('click', function () { clickAt = performance.now(); }, { capture: true, once: true });
    return new Promise(function (resolve) {
      var last = performance.now(), worstGap = 0, progress = new Set(), done = false;
      function frame(now) { if (clickAt) worstGap = Math.max(worstGap, now - last); last = now; if (!done) requestAnimationFrame(frame); }
      requestAnimationFrame(frame);
      function check() {
        var status = document.querySelector('[role="status"][aria-label="Import progress"]');
        if (status) progress.add(status.textContent);
        var notices = Array.from(document.querySelectorAll('[role="status"]')).filter(function (n) { return n.textContent.indexOf('Annotations from') >= 0 || n.textContent.indexOf('Import of annotations') >= 0; });
        if (!done && notices.length) {
          done = true;
          observer.disconnect();
          requestAnimationFrame(function () { resolve({ ms: performance.now() - clickAt, worstGap: worstGap, progressTexts: progress.size, notice: notices[0].textContent }); });
        }
      }
      var observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  };
`;

// The floor for the write step: the same passage rows (read back from the notebook) added with raw
// IndexedDB to a store with the same indexes, one transaction, in the same page right after.
const WRITE_FLOOR = `(async function () {
  function done(req) { return new Promise(function (resolve, reject) { req.onsuccess = function () { resolve(req.result); }; req.onerror = function () { reject(req.error); }; }); }
  var app = await done(indexedDB.open('verbatim'));
  var rows = await done(app.transaction('passages').objectStore('passages').getAll());
  app.close();
  var open = indexedDB.open('verbatim-write-floor', 1);
  open.onupgradeneeded = function () {
    var store = open.result.createObjectStore('passages', { keyPath: 'id' });
    store.createIndex('sourceId', 'sourceId'); store.createIndex('status', 'status');
    store.createIndex('tags', 'tags', { multiEntry: true }); store.createIndex('createdAt', 'createdAt');
  };
  var db = await done(open);
  var t0 = performance.now();
  await new Promise(function (resolve, reject) {
    var tx = db.transaction('passages', 'readwrite');
    var store = tx.objectStore('passages');
    for (var i = 0; i < rows.length; i++) store.add(rows[i]);
    tx.oncomplete = resolve; tx.onerror = function () { reject(tx.error); };
  });
  var ms = performance.now() - t0;
  db.close();
  await done(indexedDB.deleteDatabase('verbatim-write-floor'));
  return { ms: ms, rows: rows.length };
})()`;

export interface AnnotationImportFigures {
  readonly annotations: number;
  readonly fileMb: number;
  /** Click to the frame after the notice with the counts is painted. */
  readonly ms: number;
  readonly longestTaskMs: number;
  /** The longest gap between two animation frames during the import. */
  readonly worstFrameGapMs: number;
  /** Distinct progress texts painted (0: the user saw no progress). */
  readonly progressTexts: number;
  readonly imported: number;
  readonly orphaned: number;
  readonly duplicates: number;
  /** The app's own measures of each step (parse and anchor run in the worker). */
  readonly parseMs: number | null;
  readonly readNotebookMs: number | null;
  readonly anchorMs: number | null;
  readonly writeMs: number | null;
  /** Raw IndexedDB adds of the same rows, same indexes, one transaction, same page (the write floor). */
  readonly writeFloorMs: number;
}

/** Imports `count` annotations on the seeds through Backups → "Import annotations…" (the harness answers the dialog). */
export async function annotationImportThroughUi(app: AppProfile, count: number): Promise<AnnotationImportFigures> {
  const page = app.page!;
  const seeds = await readSourceFiles(seedFiles(), 'seeds');
  const json = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: annotationFile(seeds.sources, count) } });
  const path = join(app.root, `annotations-${count}.jsonld`);
  writeFileSync(path, json);
  await page.getByRole('button', { name: 'Backups' }).click();
  await page.getByRole('button', { name: 'Import annotations…' }).waitFor();
  await page.evaluate(LONG_TASKS);
  await page.evaluate(PROBE);
  writeFileSync(join(app.dataDir, 'open-next.txt'), path);
  await resetLongTasks(page);
  await page.evaluate('performance.clearMeasures()');
  const result = page.evaluate('window.__annotationImport()') as Promise<{ ms: number; worstGap: number; progressTexts: number; notice: string }>;
  await page.getByRole('button', { name: 'Import annotations…' }).click();
  const r = await result;
  const num = (re: RegExp) => Number(re.exec(r.notice)?.[1] ?? NaN);
  const measured = (await page.evaluate(`performance.getEntriesByType('measure').map(function (m) { return [m.name, Math.round(m.duration)]; })`)) as Array<[string, number]>;
  const mark = (name: string) => measured.find(([n]) => n === `annotation import: ${name}`)?.[1] ?? null;
  const longestTaskMs = await longestTask(page);
  const floor = (await page.evaluate(WRITE_FLOOR)) as { ms: number; rows: number };
  return {
    annotations: count,
    fileMb: +(Buffer.byteLength(json) / 1e6).toFixed(1),
    ms: Math.round(r.ms),
    longestTaskMs,
    worstFrameGapMs: Math.round(r.worstGap),
    progressTexts: r.progressTexts,
    imported: num(/(\d+) imported/),
    orphaned: num(/(\d+) orphaned/),
    duplicates: num(/(\d+) already here/),
    parseMs: mark('parse'),
    readNotebookMs: mark('read notebook'),
    anchorMs: mark('anchor'),
    writeMs: mark('write'),
    writeFloorMs: Math.round(floor.ms),
  };
}
