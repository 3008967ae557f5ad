// npx tsx bench/search.bench.ts            (BENCH_SOURCES=2000 for a quicker run)
// Index build time and query latency (p50, p95) on the seeds and on 10,000 sources of ~4 KB
// recombined from the seeds' sentences (bench/recombinedCorpus.ts); figures to bench/results/search.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndex, type SearchDoc } from '../common/search/searchIndex';
import { normalizeSourceText } from '../common/text/normalize';
import { percentile } from './corpus';
import { recombinedCorpus } from './recombinedCorpus';

/** Finished queries: words, a typo, plurals, elision, hyphen styles, phrases. */
const QUERIES = ['coree du nord ', 'lavrof ', 'soldat ', '"Sergueï Lavrov"', '« Corée du Nord »', 'traité partenariat stratégique ', 'kim jong un ', 'moscou vendredi ', 'l’armée ', 'choe son-hui '];
/** Typing: every prefix of these, from three characters on, is a search (the palette searches as you type). */
const TYPED = ['coree du nord', 'pyongyang', 'sergueï lavrov', 'partenariat stratégique', 'choe son-hui'];
const ROUNDS = 5;

function latency(index: SearchIndex, queries: readonly string[]) {
  const times: number[] = [];
  let results = 0;
  for (const q of queries) index.search(q, {}, 20); // warm-up, untimed
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      results += index.search(q, {}, 20).length;
      times.push(performance.now() - t0);
    }
  }
  return { queries: times.length, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2), maxMs: +Math.max(...times).toFixed(1), meanResults: +(results / times.length).toFixed(1) };
}

function typedPrefixes(): string[] {
  return TYPED.flatMap((q) => Array.from({ length: q.length - 2 }, (_, k) => q.slice(0, k + 3)));
}

function measure(docs: readonly SearchDoc[]) {
  const heap0 = process.memoryUsage().heapUsed;
  let t0 = performance.now();
  const index = new SearchIndex();
  for (const d of docs) index.add(d);
  const buildMs = performance.now() - t0;
  const heapMB = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;

  t0 = performance.now();
  const json = JSON.stringify(index);
  const toJsonMs = performance.now() - t0;
  t0 = performance.now();
  SearchIndex.loadJSON(json);
  const loadJsonMs = performance.now() - t0;

  // One edited document: what saving a passage or a note costs the index.
  const edited = docs[Math.floor(docs.length / 2)]!;
  t0 = performance.now();
  index.update({ ...edited, text: `${edited.text} Vladivostok` });
  const updateMs = performance.now() - t0;

  return {
    documents: docs.length,
    chars: docs.reduce((n, d) => n + d.text.length, 0),
    buildMs: Math.round(buildMs),
    heapGrowthMB: Math.round(heapMB),
    jsonMB: +(json.length / 2 ** 20).toFixed(1),
    toJsonMs: Math.round(toJsonMs),
    loadJsonMs: Math.round(loadJsonMs),
    updateOneMs: +updateMs.toFixed(2),
    finishedQueries: latency(index, QUERIES),
    typedPrefixes: latency(index, typedPrefixes()),
    withFilters: { kindAndDateP50Ms: +percentile(timed(() => index.search('lavrov ', { kinds: ['source'], from: '2024-03-01', to: '2024-05-31' }, 20)), 50).toFixed(2) },
  };
}

function timed(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times;
}

const seedsDir = join(__dirname, '../seeds');
const seeds: SearchDoc[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const text = normalizeSourceText(readFileSync(join(seedsDir, f), 'utf8'));
    return { kind: 'source', id: f, title: text.split('\n')[0]!.slice(0, 120), text };
  });

const count = Number(process.env['BENCH_SOURCES'] ?? 10_000);
let t0 = performance.now();
const recombined: SearchDoc[] = recombinedCorpus(count).map((s) => ({ kind: 'source', id: s.id, title: s.title, text: s.text, date: s.date }));
const generateMs = Math.round(performance.now() - t0);

const result = {
  what: 'SearchIndex (MiniSearch + French analyzer) in Node: build by add(), search() with limit 20, hits and snippets included; machine shared with other jobs, so p95 is noisy',
  seeds: measure(seeds),
  recombined: { generateMs, ...measure(recombined) },
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
