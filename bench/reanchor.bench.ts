// npx tsx --tsconfig tsconfig.node.json bench/reanchor.bench.ts
// Re-anchoring 1,000 passages on a 100 KB text after edits; figures to bench/results/reanchor.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePassage, reanchorPassage, reanchorPassages, snapSelection } from '../common/anchor';
import { percentile, recombinedText, rng } from './corpus';

const text = recombinedText(100_000, 7);
const random = rng(11);
const passages = Array.from({ length: 1000 }, () => {
  const start = Math.floor(random() * (text.length - 300));
  const snapped = snapSelection(text, start, start + 20 + Math.floor(random() * 200))!;
  return describePassage(text, snapped.start, snapped.end);
});

// Edits: a paragraph inserted at the top, 50 words changed at random places, 20 sentences deleted.
// `origin` follows every edit: for each character of the edited text, its index in the original
// (-1 for typed text), so each passage's true place after the edits is known independently.
const head = 'Un paragraphe ajouté en tête pour tout décaler.\n';
let edited = `${head}${text}`;
let origin: number[] = [...Array<number>(head.length).fill(-1), ...Array.from({ length: text.length }, (_, i) => i)];
for (let i = 0; i < 50; i++) {
  const at = Math.floor(random() * (edited.length - 10));
  edited = `${edited.slice(0, at)}modifié${edited.slice(at + 4)}`;
  origin = [...origin.slice(0, at), ...Array<number>('modifié'.length).fill(-1), ...origin.slice(at + 4)];
}
for (let i = 0; i < 20; i++) {
  const at = Math.floor(random() * (edited.length - 200));
  edited = edited.slice(0, at) + edited.slice(at + 120);
  origin = [...origin.slice(0, at), ...origin.slice(at + 120)];
}

/** Where the passage's surviving characters are now, or null when all were deleted. */
function truePlace(p: { start: number; end: number }): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  origin.forEach((o, i) => {
    if (o >= p.start && o < p.end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : { start: first, end: last + 1 };
}

// One passage at a time, as a single re-anchoring does (per-passage figures), then all the
// passages of the source together, as import does (the total that counts).
const times: number[] = [];
const oneAtATimeStarted = performance.now();
for (const p of passages) {
  const t0 = performance.now();
  reanchorPassage(edited, p);
  times.push(performance.now() - t0);
}
const oneAtATimeMs = performance.now() - oneAtATimeStarted;
const started = performance.now();
const cpuBefore = process.cpuUsage();
const results = reanchorPassages(edited, passages);
const cpu = process.cpuUsage(cpuBefore);
const total = performance.now() - started;
const counts: Record<string, number> = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
for (const r of results) counts[r.status]!++;
// Correctness, outside the timing: a found passage is in the wrong place when it does not overlap
// where its surviving characters are; exact or moved in the wrong place is a silent error.
const wrongPlace: Record<string, number> = { exact: 0, moved: 0, fuzzy: 0 };
let orphanedButSurviving = 0;
passages.forEach((p, i) => {
  const r = results[i]!;
  const truth = truePlace(p);
  if (r.status === 'orphaned') {
    if (truth && edited.slice(truth.start, truth.end) === p.exact) orphanedButSurviving++;
    return;
  }
  if (!truth || r.end! <= truth.start || r.start! >= truth.end) wrongPlace[r.status]!++;
});
const result = {
  what: 're-anchor 1,000 passages on a ~100 KB text after edits',
  textLength: text.length,
  passages: passages.length,
  totalMs: Math.round(total),
  // On a loaded machine wall time is several times the CPU time this process got.
  totalCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  oneAtATimeMs: Math.round(oneAtATimeMs),
  perPassageMs: { p50: +percentile(times, 50).toFixed(3), p95: +percentile(times, 95).toFixed(3), max: +Math.max(...times).toFixed(2) },
  statuses: counts,
  wrongPlace,
  orphanedThoughUnchanged: orphanedButSurviving,
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/reanchor.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
