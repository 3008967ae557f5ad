import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import type { AppHandle } from './support/app';
import { LibraryPage } from './support/library';

const FILES = 30;

/** Thirty distinct texts of about 300 kB each: enough for the progress line to be seen. */
function writeFiles(app: AppHandle): string[] {
  const paths: string[] = [];
  for (let i = 1; i <= FILES; i++) {
    const path = join(app.dataDir, `depeche-${String(i).padStart(2, '0')}.txt`);
    const line = `Dépêche ${i} : le conseil s’est réuni et a voté la motion numéro ${i}.\n`;
    writeFileSync(path, `Dépêche numéro ${i}\n\n${line.repeat(Math.ceil(300_000 / line.length))}`);
    paths.push(path);
  }
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${paths.join('\n')}\n`);
  return paths;
}

test('importing thirty files shows file n of 30 and the bytes read, then reports them all', async ({ app }) => {
  test.setTimeout(180_000);
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  writeFiles(app);
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.report.getByLabel('Import progress')).toContainText(/Reading file \d+ of 30 \(.+ of .+\)/);
  // Reading and storing 9 MB takes a while on a loaded machine: wait for the outcome, not a speed.
  await expect(library.report).toContainText('Imported files: 30 imported, 0 updated, 0 unchanged.', { timeout: 90_000 });
  await expect(library.report.getByLabel('Import progress')).toHaveCount(0);
  // The library draws only the rows on screen: its heading says how many sources there are.
  await expect(app.page.getByRole('navigation', { name: 'Library' }).getByRole('heading', { name: `Sources (${5 + FILES})` })).toBeVisible();
});

test('cancelling an import of thirty files imports none of them and says so', async ({ app }) => {
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  writeFiles(app);
  // From the second slice of files on, main's answers wait until Cancel has been pressed: the import
  // is caught midway however fast the machine (or however slow the click, on a loaded one).
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let slices = 0;
  await app.page.route('**/__notebook/readPickedTextFiles', async (route) => {
    if (++slices >= 2) await held;
    await route.continue();
  });
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.report.getByLabel('Import progress')).toContainText('of 30');
  await library.report.getByRole('button', { name: 'Cancel import' }).click();
  release();
  await expect(library.report).toContainText('import cancelled — nothing was imported (30 files chosen)');
  await expect(library.report.getByRole('button', { name: 'Cancel import' })).toHaveCount(0);
  await expect(library.sources).toHaveCount(5);
  await expect(library.sources.filter({ hasText: 'Dépêche' })).toHaveCount(0);
});
