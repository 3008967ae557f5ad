import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';
import { realisticCorpus } from '../../bench/realisticCorpus';

// 1,250 French articles of about 4 KB: a 5 MB import, as issue 14 measures it.
const FILES = 1_250;
const BOUND_MS = 100;

/**
 * Long tasks (PerformanceObserver 'longtask') from the click on Import sources… to the import report.
 * The figure is attached to the test and kept in bench/results/import-long-tasks.json by the bench;
 * the 100 ms bound is asserted only on a machine that is not overloaded (load average at most its
 * cores), since a task's length there measures the other jobs as much as this page.
 */
test('a 5 MB import never blocks the window for more than 100 ms', async ({ app }) => {
  test.setTimeout(420_000);
  const page = app.page;
  await expect(new LibraryPage(page).sources).toHaveCount(5);
  const dir = join(app.dataDir, 'five-megabytes');
  mkdirSync(dir);
  const paths = realisticCorpus(FILES).map((s, i) => {
    const path = join(dir, `article-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(path, s.text);
    return path;
  });
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${paths.join('\n')}\n`);
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(Math.round(e.duration)))).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(new LibraryPage(page).report).toContainText('Imported files:', { timeout: 360_000 });
  await expect(page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: `Sources (${FILES + 5})` })).toBeVisible({ timeout: 60_000 });

  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longest = Math.max(0, ...tasks);
  const load = loadavg()[0]!;
  test.info().annotations.push({ type: 'long tasks', description: `${tasks.length} over 50 ms, longest ${longest} ms, load average ${load.toFixed(1)} on ${cpus().length} cores` });
  if (load <= cpus().length) expect(longest, `long tasks: ${tasks.join(', ')} ms`).toBeLessThanOrEqual(BOUND_MS);
});
