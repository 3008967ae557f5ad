// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileNote.ts
// A CPU profile (DevTools protocol) of opening a note of BENCH_QUOTES quotes and of one save, summed
// by function (self time), to see what bounds bench/noteLoad.bench.ts. Prints; writes nothing.
import type { CDPSession, Page } from '@playwright/test';
import { withApp, seedNotebook } from './chromiumSession';

const QUOTES = Number(process.env['BENCH_QUOTES'] ?? 500);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

async function profiled(cdp: CDPSession, what: string, run: () => Promise<void>): Promise<void> {
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await run();
  const ms = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`\n## ${what}: ${ms} ms wall`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(0).padStart(6)} ms  ${k}`);
}

const openNote = async (page: Page) => {
  await page.getByRole('list', { name: 'Note list' }).getByRole('button', { name: /^Deux cents citations/ }).click();
  await page.locator('.note-panel figure.quote-block').nth(QUOTES - 1).waitFor();
};

void withApp(async (page) => {
  await seedNotebook(page, QUOTES, 1);
  await page.reload();
  await page.getByRole('option').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await profiled(cdp, 'open', () => openNote(page));
  await page.locator('.note-panel .editor-content p').last().click();
  await page.keyboard.press('End');
  await profiled(cdp, 'type 3 keys and wait for the save', async () => {
    await page.keyboard.type('zzq');
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('verbatim');
          open.onsuccess = () => {
            const r = open.result.transaction('notes').objectStore('notes').get('bench-note-0');
            r.onsuccess = () => {
              resolve((r.result as { content: string }).content.includes('zzq'));
              open.result.close();
            };
          };
        }),
      undefined,
      { polling: 20 },
    );
  });
});
