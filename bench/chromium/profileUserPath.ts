import { AppProfile } from './appProfile';
import { profiled } from './cpuProfile';
import { waitForLibrary } from './importMeasure';

/**
 * Runs one user path in a fresh profile under the CDP sampling profiler (the window's main thread)
 * (after `prepare`, unprofiled) and prints its figures, the hot spots and what was on the stack in the longest busy stretch.
 */
export async function printProfileOfUserPath(profile: number, measure: (app: AppProfile) => Promise<object>, withHeap = false, prepare?: (app: AppProfile) => Promise<void>): Promise<void> {
  const app = new AppProfile(profile);
  try {
    await app.startHarness();
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    // What the path needs (a notebook to export…) is made before the profiler starts.
    await prepare?.(app);
    const { result, hotSpots, totalMs, longest } = await profiled(app.cdp!, () => measure(app), 25);
    console.log(JSON.stringify({ ...result, profiledMs: totalMs, ...(withHeap ? { heapMb: await app.heapMb() } : {}) }, null, 1));
    for (const h of hotSpots) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
    console.log(`Longest busy stretch: ${longest.ms} ms, on the stack:`);
    for (const h of longest.onStack) console.log(`${String(h.ms).padStart(7)} ms  ${h.fn}`);
  } finally {
    await app.dispose();
  }
}
