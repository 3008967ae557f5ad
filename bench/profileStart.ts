// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileStart.ts [sources=2000] [--import]
// A cold start of a notebook holding `sources` sources, under the CDP sampling profiler: what the
// window does before the library is painted and before it is ready. The sources are written straight
// into IndexedDB (as the e2e tests do; minutes faster at 20,000), or with --import through the app.
import { join } from 'node:path';
import { insertSources } from '../tests/e2e/support/bulkSources';
import { AppProfile } from './chromium/appProfile';
import { profiled } from './chromium/cpuProfile';
import { importThroughUi, waitForLibrary, writeCorpusFiles } from './chromium/importMeasure';
import { profiledColdStart } from './chromium/startMeasure';
import { realisticCorpus } from './realisticCorpus';

async function main() {
  const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 2000);
  const throughImport = process.argv.includes('--import');
  const corpus = realisticCorpus(count);
  const app = new AppProfile(1);
  try {
    const paths = throughImport ? writeCorpusFiles(join(app.root, 'files'), corpus) : [];
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    if (throughImport) {
      for (let at = 0; at < paths.length; at += 5000) {
        const chunk = paths.slice(at, at + 5000);
        await importThroughUi(app, chunk, 5 + at + chunk.length);
      }
    } else {
      await insertSources(page, corpus.map((s, i) => ({ fileName: `${String(i).padStart(5, '0')}-${s.fileName}`, title: s.title, text: s.text })));
    }
    for (let run = 0; run < 2; run++) {
      const { result, hotSpots, totalMs, longest } = await profiledColdStart(app, (cdp, during) => profiled(cdp, during, 25));
      console.log(JSON.stringify({ sources: count, run, start: result, profiledMs: totalMs }));
      for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
      console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
      for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    }
  } finally {
    await app.dispose();
  }
}

void main();
