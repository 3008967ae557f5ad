// npm run build && npx tsx --tsconfig tsconfig.node.json bench/backup.bench.ts
// In Chromium through the harness: back up, then restore, a notebook of 100 notes and 2,000 passages.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seedNotebook, withApp } from './chromiumSession';

void withApp(async (page, dataDir) => {
  await seedNotebook(page, 2000, 100);
  await page.getByRole('button', { name: 'Backups' }).click();
  const notice = page.getByRole('status', { name: 'Notice' });

  let t0 = Date.now();
  await page.getByRole('button', { name: 'Back up notebook…' }).click();
  await notice.getByText('Notebook backed up to').waitFor();
  const backupMs = Date.now() - t0;
  const [file] = readdirSync(join(dataDir, 'saved'));
  const path = join(dataDir, 'saved', file!);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();

  writeFileSync(join(dataDir, 'open-next.txt'), path);
  t0 = Date.now();
  await page.getByRole('button', { name: 'Restore from file…' }).click();
  await page.getByRole('alertdialog', { name: 'Replace this notebook?' }).waitFor();
  const checkMs = Date.now() - t0;
  t0 = Date.now();
  await page.getByRole('button', { name: 'Restore backup' }).click();
  await notice.getByText('Notebook restored').waitFor();
  const restoreMs = Date.now() - t0;

  const result = {
    what: 'Chromium through the harness, 100 notes and 2,000 passages: Back up notebook (snapshot, checksums, write) and Restore (read, check every part, save the current notebook as an automatic backup, replace)',
    backupBytes: statSync(path).size,
    backupMs,
    restoreReadAndCheckMs: checkMs,
    restoreApplyMs: restoreMs,
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/backup.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
});
