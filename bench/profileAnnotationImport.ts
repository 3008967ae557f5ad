// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileAnnotationImport.ts [annotations=10000]
// One import of W3C annotations through "Import annotations…" under the CDP sampling profiler (the
// window's main thread; the worker is not sampled): what still runs on the UI thread, and what
// blocked it longest.
import { AppProfile } from './chromium/appProfile';
import { profiled } from './chromium/cpuProfile';
import { annotationImportThroughUi } from './chromium/annotationImportMeasure';
import { waitForLibrary } from './chromium/importMeasure';

async function main() {
  const count = Number(process.argv[2] ?? 10_000);
  const app = new AppProfile(1);
  try {
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    const { result, hotSpots, totalMs, longest } = await profiled(app.cdp!, () => annotationImportThroughUi(app, count), 25);
    console.log(JSON.stringify({ ...result, profiledMs: totalMs, heapMb: await app.heapMb() }, null, 1));
    for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
    for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
  } finally {
    await app.dispose();
  }
}

void main();
