// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileExportAll.ts [notes=300]
// “Export all notes…” of N notes of two quotes each under the CDP sampling profiler: what the
// window's main thread does between the click and the notice (bench/exportNotes.bench.ts times it).
import { printProfileOfUserPath } from './chromium/profileUserPath';
import { seedNotebook } from './chromiumSession';

const count = Number(process.argv[2] ?? 300);
void printProfileOfUserPath(3, async (app) => {
  const page = app.page!;
  await seedNotebook(page, 2 * count, count);
  await page.reload();
  await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Note \d+/ }).first().waitFor({ timeout: 10 * 60_000 });
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Export all notes…' }).click();
  await page.getByRole('status', { name: 'Notice' }).filter({ hasText: `Exported ${count} notes to` }).waitFor({ timeout: 10 * 60_000 });
  return { notes: count, exportMs: Date.now() - t0 };
});
