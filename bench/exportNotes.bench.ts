// npm run build && npx tsx --tsconfig tsconfig.node.json bench/exportNotes.bench.ts
// In Chromium through the harness, the user's path: “Export all notes…” on a notebook of BENCH_NOTES
// notes (1,000 unless told) quoting 2 passages each, from the click to the notice that says it is
// done: the database reads, the Markdown, the IPC and main's file writes. Figures to
// bench/results/export-notes.json.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedNotebook, withApp } from './chromiumSession';
import { percentile } from './corpus';
import { timeExportAll } from './chromium/exportAllTiming';

const NOTES = Number(process.env['BENCH_NOTES'] ?? 1000);
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

void withApp(async (page, dataDir) => {
  await seedNotebook(page, 2 * NOTES, NOTES);
  await page.reload();
  await page.getByRole('listbox', { name: 'Sources' }).getByRole('option').first().waitFor();
  // The notes list shows the seeded notes (its rows are virtualized: the first is enough to know).
  await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Note \d+/ }).first().waitFor({ timeout: 10 * 60_000 });
  const runs: number[] = [];
  const exportButton = page.getByRole('button', { name: 'Export all notes…' });
  await exportButton.waitFor({ timeout: 10 * 60_000 });
  for (let r = 0; r < RUNS; r++) {
    // Each export gets a new folder (folder, folder (2)…), so each notice is told from the last one.
    const folder = r === 0 ? 'folder' : `folder (${r + 1})`;
    const ms = await timeExportAll(page, NOTES, folder);
    runs.push(ms);
    console.log(`run ${r + 1}: ${runs[r]} ms`);
  }
  const folders = readdirSync(join(dataDir, 'saved')).filter((f) => f.startsWith('folder'));
  const files = readdirSync(join(dataDir, 'saved', folders[0]!)).length;
  const result = {
    what: `Chromium through the harness: Export all notes… of ${NOTES} notes (2 quotes each), click to the frame after the notice shows, timed in the page (no locator polling meanwhile)`,
    notes: NOTES,
    filesWritten: files,
    exportMs: { median: percentile(runs, 50), min: Math.min(...runs), max: Math.max(...runs), runs },
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/export-notes.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
});
