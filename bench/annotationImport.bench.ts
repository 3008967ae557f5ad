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
import { rng } from './corpus';

async function main() {
  const random = rng(16);
  const batch = await readSourceFiles(seedFiles(), 'seeds');
  const items: unknown[] = [];
  for (let i = 0; i < 10_000; i++) {
    const s = batch.sources[i % batch.sources.length]!;
    if (i % 2 === 0) {
      const start = Math.floor(random() * (s.text.length - 80));
      const exact = s.text.slice(start, start + 20 + Math.floor(random() * 60));
      items.push({ type: 'Annotation', body: [{ type: 'TextualBody', value: `tag${i % 20}`, purpose: 'tagging' }], target: { source: `https://example.org/${s.fileName}`, selector: { type: 'TextQuoteSelector', exact } } });
    } else {
      items.push({ type: 'Annotation', bodyValue: 'mémo', target: { source: `https://example.org/${s.fileName}`, selector: { type: 'TextQuoteSelector', exact: `une phrase qui n’est nulle part, numéro ${i}` } } });
    }
  }
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
    note: 'Node 20 + fake-indexeddb on the shared 2-core build machine; chunks of 500, each its own transaction, yielding between them',
  };
  writeFileSync(join(__dirname, 'results', 'annotation-import.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(figures, chunkTimes.map(Math.round).join(" "));
  await db.delete();
}
void main();
