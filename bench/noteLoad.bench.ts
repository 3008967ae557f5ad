// npm run build && npx tsx --tsconfig tsconfig.node.json bench/noteLoad.bench.ts
// In Chromium through the harness: time to open a note of BENCH_QUOTES quotes (500 unless told), and
// save latency (keystroke to IndexedDB). Figures to bench/results/note-load.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withApp, seedNotebook } from './chromiumSession';
import { percentile } from './corpus';

const QUOTES = Number(process.env['BENCH_QUOTES'] ?? 500);

void withApp(async (page) => {
  await seedNotebook(page, QUOTES, 1);
  const loads: number[] = [];
  for (let round = 0; round < 5; round++) {
    await page.reload();
    await page.getByRole('option').first().waitFor();
    const t0 = Date.now();
    await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Deux cents citations/ }).click();
    await page.locator('.note-panel figure.quote-block').nth(QUOTES - 1).waitFor();
    loads.push(Date.now() - t0);
    await page.getByRole('button', { name: 'Close note' }).click();
  }
  await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Deux cents citations/ }).click();
  await page.locator('.note-panel figure.quote-block').nth(QUOTES - 1).waitFor();
  const saves: number[] = [];
  for (let i = 0; i < 10; i++) {
    // Into the last paragraph (the middle of the editor is a quote chip, which opens its source).
    await page.locator('.note-panel .editor-content p').last().click();
    await page.keyboard.press('End');
    const marker = `z${i}q`;
    const t0 = Date.now();
    await page.keyboard.type(marker);
    // Poll IndexedDB from Node every 10 ms until the keystrokes are stored.
    for (let tries = 0; tries < 1000; tries++) {
      const stored = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const open = indexedDB.open('verbatim');
            open.onsuccess = () => {
              const r = open.result.transaction('notes').objectStore('notes').get('bench-note-0');
              r.onsuccess = () => {
                resolve((r.result as { content: string }).content);
                open.result.close();
              };
            };
          }),
      );
      if (stored.includes(marker)) break;
      await page.waitForTimeout(10);
    }
    saves.push(Date.now() - t0);
  }
  const result = {
    what: `Chromium through the harness: open a note of ${QUOTES} quotes (click to the last quote drawn); keystrokes to IndexedDB`,
    quotes: QUOTES,
    openNoteMs: { p50: percentile(loads, 50), max: Math.max(...loads), runs: loads },
    saveLatencyMs: { p50: percentile(saves, 50), p95: percentile(saves, 95), note: 'from the first of 3 keystrokes to the text being in IndexedDB: includes the 300 ms the editor waits after the last change' },
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/note-load.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
});
