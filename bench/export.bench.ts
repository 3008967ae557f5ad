// npx tsx --tsconfig tsconfig.node.json bench/export.bench.ts
// Export of 100 notes holding 2,000 quotes in all (the seeds and the Steinheil texts as sources),
// then `npm run verify`'s check of the result. Figures go to bench/results/export.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportNoteToMarkdown } from '../common/export/exportNote';
import { verifyMarkdown } from '../common/export/verifyMarkdown';
import { seedFiles, steinheilFiles } from '../tests/support/paths';
import { contextFor, loadSource, noteQuoting, passageAt, readerOf, type Passage } from '../tests/unit/export/fixtures';
import { rng } from './corpus';

const NOTES = 100;
const QUOTES_PER_NOTE = 20;
const RUNS = 5;

const sources = [...seedFiles(), ...steinheilFiles()].map(loadSource);
const random = rng(3);
const passages: Passage[] = Array.from({ length: NOTES * QUOTES_PER_NOTE }, (_, i) => {
  const s = sources[i % sources.length]!;
  const start = Math.floor(random() * (s.text.length - 200));
  return passageAt(s, start, start + 40 + Math.floor(random() * 160), `p${i}`);
});
const notes = Array.from({ length: NOTES }, (_, i) => noteQuoting(passages.slice(i * QUOTES_PER_NOTE, (i + 1) * QUOTES_PER_NOTE)));
const ctx = contextFor(passages);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const round = (ms: number) => Math.round(ms * 100) / 100;

// The first run pays for loading and JIT-compiling Lexical; it is reported apart from the others.
let outputs: string[] = [];
const totals: number[] = [];
const perNote: number[] = [];
for (let run = 0; run <= RUNS; run++) {
  const t0 = performance.now();
  outputs = notes.map((note) => {
    const t = performance.now();
    const markdown = exportNoteToMarkdown(note, ctx);
    if (run > 0) perNote.push(performance.now() - t);
    return markdown;
  });
  totals.push(performance.now() - t0);
}
const [cold, ...warm] = totals;
warm.sort((a, b) => a - b);
perNote.sort((a, b) => a - b);

const reader = readerOf(sources);
const t1 = performance.now();
const results = outputs.flatMap((markdown) => verifyMarkdown(markdown, reader));
const verifyMs = performance.now() - t1;

const result = {
  what: `export ${NOTES} notes with ${NOTES * QUOTES_PER_NOTE} quote blocks (plus one citation each) to Markdown, headless`,
  notes: NOTES,
  quotes: NOTES * QUOTES_PER_NOTE,
  markdownBytes: outputs.reduce((n, m) => n + Buffer.byteLength(m), 0),
  exportAllMs: { firstRun: round(cold!), median: round(percentile(warm, 50)), max: round(warm.at(-1)!), runs: RUNS },
  perNoteMs: { p50: round(percentile(perNote, 50)), p95: round(percentile(perNote, 95)), max: round(perNote.at(-1)!) },
  verifyAllMs: round(verifyMs),
  verified: { ok: results.filter((r) => r.status === 'OK').length, failed: results.filter((r) => r.status !== 'OK').length },
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/export.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
if (result.verified.failed > 0 || result.verified.ok !== NOTES * (QUOTES_PER_NOTE + 1)) process.exit(1);
