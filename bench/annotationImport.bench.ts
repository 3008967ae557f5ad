// Importing 10,000 W3C annotations into a notebook holding the seeds: half anchor in a seed, half are
// orphans (quotes from nowhere), as a colleague's file often is. Runs the app's import on
// fake-indexeddb in Node (the renderer's code, not the browser's IndexedDB). The longest chunk is what
// the window would wait for between two repaints. Figures go to bench/results/annotation-import.json.
import 'fake-indexeddb/auto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NotebookDb } from '../renderer/src/db/database';
import { importBatch } from '../renderer/src/db/importSources';
import { importAnnotations } from '../renderer/src/backup/annotations';
import { readSourceFiles } from '../main/services/readSourceFiles';
import { seedFiles } from '../tests/support/paths';
import { annotationFile } from './annotationCorpus';

async function main() {
  const batch = await readSourceFiles(seedFiles(), 'seeds');
  const items = annotationFile(batch.sources, 10_000);
  const text = JSON.stringify(items);
  const db = new NotebookDb('bench-annotation-import');
  await db.open();
  await importBatch(db, batch);
  const chunkTimes: number[] = [];
  let last = performance.now();
  const t0 = last;
  const report = await importAnnotations(db, text, () => {
    const now = performance.now();
    chunkTimes.push(now - last);
    last = now;
  });
  const total = performance.now() - t0;
  const figures = {
    annotations: items.length,
    imported: report.imported,
    orphaned: report.orphaned,
    duplicates: report.duplicates,
    totalMs: Math.round(total),
    chunks: chunkTimes.length,
    longestChunkMs: Math.round(Math.max(...chunkTimes)),
    note: 'Node 20 + fake-indexeddb on the shared 2-core build machine, the in-process path (no worker in Node): slices of 250 anchored between yields, then one write transaction. The user path is measured in Chromium by bench/chromium/annotationImportMeasure.ts',
  };
  writeFileSync(join(__dirname, 'results', 'annotation-import.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(figures, chunkTimes.map(Math.round).join(" "));
  await db.delete();
}
void main();
