import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSourceText } from '../common/text/normalize';

/** The seeds' sentences, for building larger deterministic corpora. */
export function seedSentences(): string[] {
  const dir = join(__dirname, '../seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => normalizeSourceText(readFileSync(join(dir, f), 'utf8')).split(/(?<=[.!?»])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same corpus. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A text of about `bytes` characters, recombined from the seeds' sentences. */
export function recombinedText(bytes: number, seed: number): string {
  const sentences = seedSentences();
  const random = rng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = sentences[Math.floor(random() * sentences.length)]!;
    out.push(s);
    size += s.length + 1;
    if (random() < 0.2) out.push('\n');
  }
  return out.join(' ').replace(/ \n /g, '\n');
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
