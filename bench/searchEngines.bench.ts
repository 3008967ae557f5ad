// npx tsx --tsconfig tsconfig.node.json bench/searchEngines.bench.ts      (BENCH_SIZES=1000,10000, default 1000)
// MiniSearch (the app's engine) against FlexSearch for the narrowing step, everything after it the
// same (bench/engines/flexSearchIndex.ts): build time, heap, and the search function's time per
// keystroke while the judged queries are typed key by key, on the corpus of the latency bench. Node
// only (pure functions, no worker, no render): the palette's own figures are in searchLatency.json.
// Also how often the two agree on the first result of each finished query. Figures to
// bench/results/searchEngines.json.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { SearchIndex as MiniSearchIndex } from '../common/search/searchIndex';
import { percentile } from './corpus';
import { SearchIndex as FlexSearchIndex } from './engines/flexSearchIndex';
import { realisticCorpus } from './realisticCorpus';
import { JUDGED_QUERIES } from './relevance/judgedQueries';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000').split(',').map(Number);
const QUERIES = JUDGED_QUERIES.map((q) => q.query);
const ENGINES = { minisearch: MiniSearchIndex, flexsearch: FlexSearchIndex } as const;
const round = (n: number) => +n.toFixed(1);

function measure(Engine: typeof MiniSearchIndex, corpus: ReturnType<typeof realisticCorpus>) {
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let t = performance.now();
  const index = new Engine();
  corpus.forEach((s, i) => index.add({ kind: 'source', id: `gen-${i}`, title: s.title, text: s.text }));
  const buildMs = performance.now() - t;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      t = performance.now();
      index.search(q.slice(0, i), {}, 20);
      times.push(performance.now() - t);
    }
  }
  const firsts = QUERIES.map((q) => index.search(`${q} `, {}, 20)[0]?.id ?? '');
  // Saving the term index and reading it back (what a start does), without the documents' texts.
  let saved: { saveMs: number; loadMs: number; mb: number };
  if (index instanceof FlexSearchIndex) saved = index.roundTripTerms();
  else {
    t = performance.now();
    const json = JSON.stringify((index.toJSON() as { mini: unknown }).mini);
    const saveMs = performance.now() - t;
    t = performance.now();
    MiniSearch.loadJSON(json, { fields: ['title', 'text'] });
    saved = { saveMs, loadMs: performance.now() - t, mb: json.length / 1e6 };
  }
  return { buildMs: Math.round(buildMs), heapMb: round(heapMb), termIndexSaveMs: Math.round(saved.saveMs), termIndexLoadMs: Math.round(saved.loadMs), termIndexMb: round(saved.mb), keystrokes: times.length, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(Math.max(...times)), firsts };
}

function main() {
  const figures = SIZES.map((size) => {
    const corpus = realisticCorpus(size);
    const mini = measure(ENGINES.minisearch, corpus);
    const flex = measure(ENGINES.flexsearch, corpus);
    const same = mini.firsts.filter((id, i) => id === flex.firsts[i]).length;
    const strip = ({ firsts: _f, ...rest }: typeof mini) => rest;
    const figure = { sources: size, minisearch: strip(mini), flexsearch: strip(flex), sameFirstResult: `${same} of ${QUERIES.length}` };
    console.log(JSON.stringify(figure));
    return figure;
  });
  const result = {
    what: 'Node, search function only (SearchIndex.search, 20 results), every keystroke of the 49 judged queries typed key by key; the narrowing engine differs, matching on texts and ranking are the same',
    machine: { cpus: cpus().length, loadAverage: +loadavg()[0]!.toFixed(1), note: 'shared with other jobs (loaded)' },
    figures,
    date: new Date().toISOString(),
  };
  writeFileSync(join(__dirname, 'results/searchEngines.json'), `${JSON.stringify(result, null, 2)}\n`);
}

main();
