// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileSearch.ts [sources=1000] [queries=10]
// Palette typing under the CDP sampling profiler (the window's main thread), after a start on a saved
// index: where a keystroke's milliseconds go outside the worker (React, paint, IndexedDB events).
import { AppProfile } from './chromium/appProfile';
import { profiled } from './chromium/cpuProfile';
import { clearPalette, insertSources, logPruned, openPalette, restart, typeMeasured } from './chromium/paletteMeasure';
import { percentile } from './corpus';
import { realisticCorpus } from './realisticCorpus';
import { JUDGED_QUERIES } from './relevance/judgedQueries';

async function main() {
  const count = Number(process.argv[2] ?? 1000);
  const queries = JUDGED_QUERIES.slice(0, Number(process.argv[3] ?? 10)).map((q) => q.query);
  const app = new AppProfile(1);
  try {
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await page.getByRole('option').first().waitFor();
    await insertSources(page, realisticCorpus(count), 0);
    await restart(page);
    await openPalette(page);
    await typeMeasured(page, 'poutine');
    await page.keyboard.press('Escape');
    await logPruned(page);
    await restart(page);
    await openPalette(page);
    const { result: cold } = await profiled(app.cdp!, () => typeMeasured(page, queries[0]!), 25);
    console.log('cold first query', JSON.stringify(cold));
    const { result: strokes, hotSpots, totalMs, longest } = await profiled(
      app.cdp!,
      async () => {
        const out = [];
        for (const q of queries) {
          await clearPalette(page);
          out.push(...(await typeMeasured(page, q)));
        }
        return out;
      },
      30,
    );
    const totals = strokes.map((k) => k.total);
    console.log(JSON.stringify({ sources: count, keystrokes: strokes.length, p50: percentile(totals, 50), p95: percentile(totals, 95), profiledMs: totalMs }));
    for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
    for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
  } finally {
    await app.dispose();
  }
}

void main();
