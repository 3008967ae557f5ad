// npm run build && npx tsx --tsconfig tsconfig.node.json bench/traceStart.ts [sources=200] [--runs 3] [--renderer out/renderer] [--save trace.json]
// A cold start under a Chromium trace: where the window's main thread spends the time before the
// library lists its sources. The CPU profile (profileStart.ts) puts script compilation under
// "(program)"; the trace names it (v8.compileModule, v8.compile, lazy compiles) apart from running
// the scripts (v8.evaluateModule, FunctionCall), styles and layout, so a large bundle shows as such.
import type { CDPSession } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { insertSources, numberedSources } from '../tests/e2e/support/bulkSources';
import { AppProfile } from './chromium/appProfile';
import { waitForLibrary } from './chromium/importMeasure';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, renderer: { type: 'string' }, save: { type: 'string' } } });
const COUNT = Number(positionals[0] ?? 200);
const RUNS = Number(values.runs);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'blink', 'loading', 'disabled-by-default-v8.compile', 'disabled-by-default-devtools.timeline'];
// Complete events summed per name; nested ones (e.g. a lazy compile inside an evaluation) count in both.
const SHOWN = ['v8.compileModule', 'v8.compile', 'V8.CompileLazy', 'V8.CompileCode', 'v8.evaluateModule', 'EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'ParseHTML', 'ParseAuthorStyleSheet', 'UpdateLayoutTree', 'Layout', 'Paint', 'TimerFire', 'FireAnimationFrame', 'v8.produceModuleCache', 'v8.produceCache', 'V8.GC_SCAVENGER', 'MajorGC', 'MinorGC'];

async function traced(cdp: CDPSession, during: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await during();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

function summary(events: TraceEvent[], url: string): void {
  // The app's renderer: the process whose scripts come from the harness (not Chromium's own pages).
  const appPids = new Set(events.filter((e) => e.args?.data?.url?.startsWith(url)).map((e) => e.pid));
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && appPids.has(e.pid)) threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const main = [...threadName.entries()].filter(([, n]) => n === 'CrRendererMain').map(([k]) => k);
  const mark = (name: string) => events.find((e) => e.name === name && main.includes(`${e.pid}:${e.tid}`));
  const navigationStart = mark('navigationStart')?.ts ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const onMain = events.filter((e) => e.ph === 'X' && main.includes(`${e.pid}:${e.tid}`) && e.ts >= navigationStart);
  const interactive = (mark('verbatim-library-interactive') ?? onMain.at(-1)!).ts;
  const before = onMain.filter((e) => e.ts < interactive);
  const sums = new Map<string, number>();
  for (const e of before) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  const busy = before.filter((e) => e.name === 'RunTask').reduce((ms, e) => ms + (e.dur ?? 0) / 1000, 0);
  const at = (e: TraceEvent | undefined) => (e ? Math.round((e.ts - navigationStart) / 1000) : null);
  console.log(`  interactive at ${at(mark('verbatim-library-interactive'))} ms; main thread busy ${Math.round(busy)} ms before it; first contentful paint at ${at(mark('firstContentfulPaint'))} ms`);
  for (const name of SHOWN) if (sums.has(name)) console.log(`  ${String(Math.round(sums.get(name)!)).padStart(6)} ms  ${name}`);
  for (const e of before.filter((x) => x.name === 'v8.compileModule' || x.name === 'v8.evaluateModule' || (x.name === 'v8.compile' && (x.dur ?? 0) > 5000))) {
    console.log(`  at ${String(at(e)).padStart(5)} ms  ${e.name} ${Math.round((e.dur ?? 0) / 1000)} ms ${(e.args?.data?.url ?? '').split('/').pop()}`);
  }
}

// Marks the moment the library lists its first source (the same test as libraryStart.bench.ts), in the trace.
const MARK = `
  new MutationObserver(function (_, observer) {
    if (document.querySelector('[role="listbox"][aria-label="Sources"] [role="option"]')) { performance.mark('verbatim-library-interactive'); observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true });
`;

async function main() {
  const app = new AppProfile(2);
  try {
    await app.startHarness(values.renderer);
    const page = await app.launch();
    await page.goto(app.url());
    await waitForLibrary(page);
    await insertSources(page, numberedSources(COUNT, 1));
    for (let run = 0; run < RUNS; run++) {
      await app.closeBrowser();
      const cold = await app.launch();
      await cold.context().addInitScript(MARK);
      const events = await traced(app.cdp!, async () => {
        await cold.goto(app.url());
        await waitForLibrary(cold);
      });
      console.log(`run ${run}, ${COUNT + 5} sources:`);
      // When the page and each script arrived (ms since navigation): the bundle's download shows here.
      const arrivals = (await cold.evaluate(`performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).filter(function (e) { return /html|script|other|navigation/.test(e.initiatorType || e.entryType) || /\\.js$/.test(e.name); }).map(function (e) { return Math.round(e.startTime) + '-' + Math.round(e.responseEnd) + ' ms ' + e.name.split('/').pop() + ' ' + (e.encodedBodySize >> 10) + ' KB'; })`)) as string[];
      for (const line of arrivals) console.log(`  ${line}`);
      summary(events, app.url());
      // The last run's trace, for chrome://tracing or DevTools' Performance panel.
      if (values.save) writeFileSync(values.save, JSON.stringify({ traceEvents: events }));
    }
  } finally {
    await app.dispose();
  }
}

void main();
