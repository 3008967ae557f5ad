// npx tsx --tsconfig tsconfig.node.json bench/versions.bench.ts
// What the Versions view and the import's identity check cost on a 100 KB text after edits:
// the word diff, the passages a change affects (200 passages), and the similarity measure.
// Figures to bench/results/versions.json.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePassage, snapSelection } from '../common/anchor';
import { passageChanges } from '../common/source/passageChanges';
import { textSimilarity } from '../common/source/textSimilarity';
import { wordDiff } from '../common/text/wordDiff';
import { percentile, recombinedText, rng } from './corpus';

const text = recombinedText(100_000, 7);
const random = rng(13);
let edited = `Un paragraphe ajouté en tête pour tout décaler.\n${text}`;
for (let i = 0; i < 50; i++) {
  const at = Math.floor(random() * (edited.length - 10));
  edited = `${edited.slice(0, at)}modifié${edited.slice(at + 4)}`;
}
for (let i = 0; i < 20; i++) {
  const at = Math.floor(random() * (edited.length - 200));
  edited = edited.slice(0, at) + edited.slice(at + 120);
}
const passages = Array.from({ length: 200 }, (_, i) => {
  const start = Math.floor(random() * (text.length - 300));
  const snapped = snapSelection(text, start, start + 20 + Math.floor(random() * 200))!;
  return { id: `p${i}`, versionHash: 'old', selector: describePassage(text, snapped.start, snapped.end) };
});

function time<T>(runs: number, work: () => T): { p50: number; max: number; last: T } {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = work();
    times.push(performance.now() - t0);
  }
  return { p50: +percentile(times, 50).toFixed(1), max: +Math.max(...times).toFixed(1), last };
}

const diff = time(5, () => wordDiff(text, edited));
const changes = time(3, () => passageChanges({ hash: 'old', text }, { hash: 'new', text: edited }, passages));
const similarity = time(5, () => textSimilarity(text, edited));
const statuses: Record<string, number> = { moved: 0, fuzzy: 0, orphaned: 0 };
for (const c of changes.last) statuses[c.status]!++;
const result = {
  what: 'versions view on a ~100 KB text after edits (a paragraph at the top, 50 words changed, 20 cuts)',
  textLength: text.length,
  wordDiffMs: { p50: diff.p50, max: diff.max, wordsAdded: diff.last?.wordsAdded, wordsRemoved: diff.last?.wordsRemoved },
  passageChanges200Ms: { p50: changes.p50, max: changes.max, statuses },
  similarityMs: { p50: similarity.p50, max: similarity.max, value: +similarity.last.toFixed(3) },
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/versions.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
