// npx tsx --tsconfig tsconfig.node.json bench/mentions.bench.ts
// Mention-finding time across the seeds and across the Steinheil texts; figures to bench/results/mentions.json.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findMentions } from '../common/entities/findMentions';
import { suggestAliases } from '../common/entities/suggestAliases';
import { normalizeSourceText } from '../common/text/normalize';
import { percentile } from './corpus';

const load = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ id: basename(f), text: normalizeSourceText(readFileSync(join(dir, f), 'utf8')) }));

function measure(sources: Array<{ id: string; text: string }>, aliases: string[]) {
  const times: number[] = [];
  let count = 0;
  for (let i = 0; i < 20; i++) {
    // Fresh objects each round: no folding cache carried over, so this is the cold cost.
    const fresh = sources.map((s) => ({ ...s }));
    const t0 = performance.now();
    count = findMentions(fresh, aliases).length;
    times.push(performance.now() - t0);
  }
  const t1 = performance.now();
  const suggestions = suggestAliases(sources, aliases).length;
  return { mentions: count, coldMsP50: +percentile(times, 50).toFixed(2), coldMsP95: +percentile(times, 95).toFixed(2), suggestAliasesMs: +(performance.now() - t1).toFixed(1), suggestions };
}

const seeds = load(join(__dirname, '../seeds'));
const steinheil = load(join(__dirname, '../../shared/corpora/steinheil-1908'));
const result = {
  seeds: { bytes: seeds.reduce((n, s) => n + s.text.length, 0), ...measure(seeds, ['Choe Son-hui', 'Choe Son Hui', 'la ministre nord-coréenne des Affaires étrangères']) },
  steinheil: { bytes: steinheil.reduce((n, s) => n + s.text.length, 0), ...measure(steinheil, ['Steinheil', 'Mme Steinheil']) },
  node: process.version,
  date: new Date().toISOString(),
};
writeFileSync(join(__dirname, 'results/mentions.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(result);
