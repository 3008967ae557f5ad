// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileImport.ts [sources=1000]
// One import through "Import sources…" under the CDP sampling profiler, beside the bulkPut floor:
// where the import's time goes, to see what bounds it.
import { join } from 'node:path';
import { AppProfile } from './chromium/appProfile';
import { profiled } from './chromium/cpuProfile';
import { bulkPutFloor, importThroughUi, waitForLibrary, writeCorpusFiles } from './chromium/importMeasure';
import { realisticCorpus } from './realisticCorpus';

async function main() {
  const count = Number(process.argv[2] ?? 1000);
  const corpus = realisticCorpus(count);
  const app = new AppProfile(0);
  try {
    const paths = writeCorpusFiles(join(app.root, 'files'), corpus);
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    const { result, hotSpots, totalMs, longest } = await profiled(app.cdp!, () => importThroughUi(app, paths, count + 5), 25);
    const floorMs = await bulkPutFloor(page, corpus, 'floor');
    console.log(JSON.stringify({ sources: count, import: result, floorMs, ratio: +(result.ms / floorMs).toFixed(2), profiledMs: totalMs, heapMb: await app.heapMb() }, null, 1));
    for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
    for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
  } finally {
    await app.dispose();
  }
}

void main();
