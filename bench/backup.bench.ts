// npm run build && npx tsx --tsconfig tsconfig.node.json bench/backup.bench.ts
// In Chromium through the harness: back up, then restore, (1) a notebook of 100 notes and 2,000
// passages, (2) the same with 250 MB of source text (250 sources of 1,000,000 characters), the size at
// which the one-string backup crashed the renderer. Peak JS heap is sampled through the DevTools protocol.
import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seedNotebook, withApp } from './chromiumSession';

const LONG = { timeout: 15 * 60_000 };

/** Adds `count` sources of `chars` characters each straight into IndexedDB, a few at a time. */
async function addLargeSources(page: Page, count: number, chars: number): Promise<void> {
  for (let from = 0; from < count; from += 10) {
    await page.evaluate(
      ({ from, to, chars }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('verbatim');
          open.onsuccess = () => {
            const tx = open.result.transaction(['sources', 'versions'], 'readwrite');
            const at = new Date().toISOString();
            const line = 'Le 1er novembre, à Moscou, la ministre nord-coréenne a rencontré M. Lavrov ; « coopération stratégique » fut le mot du jour. ';
            for (let i = from; i < to; i++) {
              const text = `Source ${i}\n\n${line.repeat(Math.ceil(chars / line.length))}`.slice(0, chars);
              const hash = `bench-${String(i).padStart(4, '0')}`.padEnd(64, '0');
              tx.objectStore('sources').put({ id: `bench-source-${i}`, fileName: `bench-${i}.txt`, title: `Source ${i}`, language: 'fr', date: null, byteSize: chars, hash, importedAt: at, updatedAt: at });
              tx.objectStore('versions').put({ hash, sourceId: `bench-source-${i}`, text, importedAt: at });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { from, to: Math.min(count, from + 10), chars },
    );
  }
}

/** Runs `work` while sampling the page's JS heap; returns its duration and the peak heap in MB. */
async function measured(page: Page, work: () => Promise<void>): Promise<{ ms: number; peakHeapMB: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { metrics } = await cdp.send('Performance.getMetrics');
      peak = Math.max(peak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const t0 = Date.now();
  try {
    await work();
  } finally {
    running = false;
    await sampler;
    await cdp.detach();
  }
  return { ms: Date.now() - t0, peakHeapMB: Math.round(peak / 1024 / 1024) };
}

async function backUpAndRestore(page: Page, dataDir: string) {
  await page.getByRole('button', { name: 'Backups', exact: true }).click();
  const notice = page.getByRole('status', { name: 'Notice' });
  rmSync(join(dataDir, 'saved'), { recursive: true, force: true });

  const backup = await measured(page, async () => {
    await page.getByRole('button', { name: 'Back up notebook…' }).click();
    await notice.getByText('Notebook backed up to').waitFor(LONG);
  });
  const [file] = readdirSync(join(dataDir, 'saved'));
  const path = join(dataDir, 'saved', file!);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();

  writeFileSync(join(dataDir, 'open-next.txt'), path);
  const check = await measured(page, async () => {
    await page.getByRole('button', { name: 'Restore from file…' }).click();
    await page.getByRole('alertdialog', { name: 'Replace this notebook?' }).waitFor(LONG);
  });
  const apply = await measured(page, async () => {
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await notice.getByText('Notebook restored').waitFor(LONG);
  });
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  return {
    backupBytes: statSync(path).size,
    backupMs: backup.ms,
    backupPeakHeapMB: backup.peakHeapMB,
    restoreReadAndCheckMs: check.ms,
    restoreReadAndCheckPeakHeapMB: check.peakHeapMB,
    restoreApplyMs: apply.ms,
    restoreApplyPeakHeapMB: apply.peakHeapMB,
  };
}

void withApp(async (page, dataDir) => {
  page.setDefaultTimeout(LONG.timeout);
  await seedNotebook(page, 2000, 100);
  const small = await backUpAndRestore(page, dataDir);
  await addLargeSources(page, 250, 1_000_000);
  const large = await backUpAndRestore(page, dataDir);
  const result = {
    what: 'Chromium through the harness. Back up notebook: snapshot, checksums, streamed to main part by part, renamed into place. Restore: read part by part, check every part, row and link (until the confirmation), then keep the current notebook as an automatic backup and replace it.',
    small: { notebook: '100 notes, 2,000 passages, the seeds', ...small },
    large: { notebook: '100 notes, 2,000 passages, the seeds and 250 sources of 1,000,000 characters (250 MB of text)', ...large },
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/backup.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
});
