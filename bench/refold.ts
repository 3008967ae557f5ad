// npx tsx --tsconfig tsconfig.node.json bench/refold.ts searchLatency.bench.ts
// After running one folded bench on its own (e.g. bench/searchLatency.bench.ts with its own sizes),
// puts its fresh figures into bench/results.json and rewrites bench/RESULTS.md, without re-running
// the other measures (which take an hour on this machine).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDED, type FoldedResult } from './foldedBenches';
import { resultsMarkdown } from './resultsMarkdown';

const file = process.argv[2] ?? 'searchLatency.bench.ts';
const bench = FOLDED.find((b) => b.file === file);
if (!bench) throw new Error(`no folded bench ${file}`);
const resultsFile = bench.results.map((f) => join(__dirname, 'results', f)).find(existsSync);
if (!resultsFile) throw new Error(`${file} has written no results yet`);
const figures = JSON.parse(readFileSync(resultsFile, 'utf8')) as unknown;
const results = JSON.parse(readFileSync(join(__dirname, 'results.json'), 'utf8')) as { folded: FoldedResult[] } & Parameters<typeof resultsMarkdown>[0];
const entry: FoldedResult = { measure: bench.measure, where: bench.where, file: bench.file, ok: true, summary: bench.summary(figures), figures };
const at = results.folded.findIndex((f) => f.file === file);
if (at >= 0) results.folded[at] = entry;
else results.folded.push(entry);
writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(__dirname, 'RESULTS.md'), resultsMarkdown(results));
console.log(entry.summary);
