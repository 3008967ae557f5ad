import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

const FILES = 250;

test('importing 250 files reads them all, lists the first 100 in the report and shows the rest on request', async ({ app }) => {
  test.setTimeout(120_000);
  const library = new LibraryPage(app.page);
  await expect(library.sources).toHaveCount(5);
  const paths: string[] = [];
  for (let i = 1; i <= FILES; i++) {
    const path = join(app.dataDir, `note-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `Note de terrain ${i}\n\nLe ${i} mai, la commission a entendu le témoin numéro ${i}.\n`);
    paths.push(path);
  }
  writeFileSync(join(app.dataDir, 'open-next.txt'), `${paths.join('\n')}\n`);
  await app.page.getByRole('button', { name: 'Import sources…' }).click();
  await expect(library.report).toContainText(`Imported files: ${FILES} imported, 0 updated, 0 unchanged.`, { timeout: 90_000 });
  // The library draws only the rows on screen: its heading says how many there are.
  await expect(app.page.getByRole('heading', { name: `Sources (${5 + FILES})` })).toBeVisible();

  const lines = library.report.locator('.report-details > li').filter({ hasText: 'new source' });
  await expect(lines).toHaveCount(100);
  await expect(lines.first()).toContainText('note-001.txt');
  await library.report.getByRole('button', { name: 'Show 100 more files (150 not shown)' }).click();
  await expect(lines).toHaveCount(200);
  await library.report.getByRole('button', { name: 'Show 50 more files (50 not shown)' }).click();
  await expect(lines).toHaveCount(FILES);
  await expect(lines.last()).toContainText('note-250.txt');
  await expect(library.report.getByRole('button', { name: /more file/ })).toHaveCount(0);
});
