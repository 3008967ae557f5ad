// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileTimeline.ts [events=2000]
// Opening the timeline of a notebook with N events under the CDP sampling profiler: what the
// window's main thread does between the click and the first card.
import { AppProfile } from './chromium/appProfile';
import { profiled } from './chromium/cpuProfile';
import { waitForLibrary } from './chromium/importMeasure';
import { timelineThroughUi } from './chromium/timelineMeasure';

async function main() {
  const count = Number(process.argv[2] ?? 2000);
  const app = new AppProfile(2);
  try {
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    const { result, hotSpots, totalMs, longest } = await profiled(app.cdp!, () => timelineThroughUi(app, count), 25);
    console.log(JSON.stringify({ ...result, profiledMs: totalMs }, null, 1));
    for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
    for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
  } finally {
    await app.dispose();
  }
}

void main();
