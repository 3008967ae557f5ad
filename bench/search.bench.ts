// npx tsx --tsconfig tsconfig.node.json bench/search.bench.ts
// Search latency (p50, p95) on the seeds and on 10,000 sources recombined from the seeds' sentences.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SearchIndex } from '../common/search/searchIndex';
import { normalizeSourceText } from '../common/text/normalize';
import { percentile, recombinedText } from './corpus';

const QUERIES = ['coree du nord', 'lavrof', 'soldat', '"Sergueï Lavrov"', 'pyong', 'traité partenariat stratégique', 'kim jong un', 'moscou vendredi', 'l’armée', 'choe son-hui'];

function measure(index: SearchIndex) {
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      // Typing: every prefix of the query is a search.
      for (let n = 3; n <= q.length; n += 3) {
        const t0 = performance.now();
        hits = index.search(q.slice(0, n), {}, 20).length;
        times.push(performance.now() - t0);
      }
    }
  }
  return { queries: times.length, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2), lastHits: hits };
}

const seedsDir = join(__dirname, '../seeds');
const seeds = readdirSync(seedsDir).sort().map((f) => ({ id: f, text: normalizeSourceText(readFileSync(join(seedsDir, f), 'utf8')) }));
const small = new SearchIndex();
let t0 = performance.now();
small.sync('source', seeds.map((s) => ({ kind: 'source' as const, id: s.id, title: s.text.split('\n')[0]!, text: s.text, version: s.id })));
const seedBuild = performance.now() - t0;
const seedResult = { sources: seeds.length, buildMs: Math.round(seedBuild), ...measure(small) };

const count = Number(process.env['BENCH_SOURCES'] ?? 10_000);
const big = new SearchIndex();
t0 = performance.now();
for (let i = 0; i < count; i++) {
  const text = recombinedText(4_000, i + 1);
  big.upsert({ kind: 'source', id: `s${i}`, title: text.slice(0, 80), text, version: '1' });
}
const bigBuild = performance.now() - t0;
const bigResult = { sources: count, bytesPerSource: 4000, buildMs: Math.round(bigBuild), ...measure(big) };

const result = { what: 'SearchIndex (MiniSearch + French analyzer) in Node, queries typed prefix by prefix', seeds: seedResult, recombined: bigResult, node: process.version, date: new Date().toISOString() };
writeFileSync(join(__dirname, 'results/search.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
