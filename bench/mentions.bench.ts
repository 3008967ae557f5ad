// npx tsx bench/mentions.bench.ts
// Mention finding and alias suggestion across the seeds and across the Steinheil OCR texts;
// figures to bench/results/mentions.json.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMentions, type MentionSource } from '../common/entities/findMentions';
import { suggestAliases } from '../common/entities/suggestAliases';
import { normalizeSourceText } from '../common/text/normalize';
import { percentile } from './corpus';

const ROUNDS = 30;
/** Untimed rounds first, so the figures measure the code and not the JIT warming up. */
const WARM_UP = 5;

function load(dir: string): MentionSource[] {
  if (!existsSync(dir)) throw new Error(`corpus not found at ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ id: f, text: normalizeSourceText(readFileSync(join(dir, f), 'utf8')) }));
}

function timeRounds(run: () => number): { count: number; p50Ms: number; p95Ms: number } {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < WARM_UP; i++) run();
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    count = run();
    times.push(performance.now() - t0);
  }
  return { count, p50Ms: +percentile(times, 50).toFixed(2), p95Ms: +percentile(times, 95).toFixed(2) };
}

function measure(sources: MentionSource[], entity: { name: string; aliases: string[] }) {
  const aliases = [entity.name, ...entity.aliases];
  // Cold: fresh source objects each round, so every text is folded again (the first look at an entity).
  const cold = timeRounds(() => findMentions(sources.map((s) => ({ ...s })), aliases).length);
  // Warm: the same objects, folded texts cached (the reader switching between entities).
  const warm = timeRounds(() => findMentions(sources, aliases).length);
  const suggest = timeRounds(() => suggestAliases(sources, entity).length);
  return {
    sources: sources.length,
    chars: sources.reduce((n, s) => n + s.text.length, 0),
    aliases,
    mentions: cold.count,
    findMentionsColdMs: { p50: cold.p50Ms, p95: cold.p95Ms },
    findMentionsWarmMs: { p50: warm.p50Ms, p95: warm.p95Ms },
    suggestAliasesWarmMs: { p50: suggest.p50Ms, p95: suggest.p95Ms },
    suggestions: suggestAliases(sources, entity).map((s) => `${s.spelling} (${s.count})`),
  };
}

const seeds = load(resolve(__dirname, '../seeds'));
const steinheil = load(resolve(__dirname, '../../shared/corpora/steinheil-1908'));
const result = {
  what: 'findMentions / suggestAliases in Node, milliseconds over all the texts of a corpus, 30 rounds after 5 untimed ones (machine shared with other jobs: p95 is noisy)',
  seeds: measure(seeds, { name: 'Choe Son-hui', aliases: ['Kim Jong-un', 'Sergueï Lavrov', 'la ministre nord-coréenne des Affaires étrangères'] }),
  steinheil: measure(steinheil, { name: 'Steinheil', aliases: ['Mme Steinheil', 'Japy', 'Remy Couillard'] }),
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/mentions.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
