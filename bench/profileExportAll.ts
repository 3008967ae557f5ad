// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileExportAll.ts [notes=300]
// “Export all notes…” of N notes of two quotes each under the CDP sampling profiler: what the
// window's main thread does between the click and the notice (bench/exportNotes.bench.ts times it).
import { printProfileOfUserPath } from './chromium/profileUserPath';
import { seedNotebook } from './chromiumSession';
import { timeExportAll } from './chromium/exportAllTiming';

const count = Number(process.argv[2] ?? 300);
void printProfileOfUserPath(
  3,
  async (app) => ({ notes: count, exportMs: await timeExportAll(app.page!, count, 'folder') }),
  false,
  async (app) => {
    const page = app.page!;
    await seedNotebook(page, 2 * count, count);
    await page.reload();
    await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Note \d+/ }).first().waitFor({ timeout: 10 * 60_000 });
  },
);
