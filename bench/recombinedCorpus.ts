import { rng, seedSentences } from './corpus';

export interface RecombinedSource {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  /** An ISO day in 2024, so date filters have something to cut. */
  readonly date: string;
}

/**
 * `count` sources of about `chars` characters each, recombined from the seeds' sentences with a
 * seeded generator: every run (and every machine) measures the very same corpus. Sentences are
 * read once, not once per source.
 */
export function recombinedCorpus(count: number, chars = 4_000, seed = 1908): RecombinedSource[] {
  const sentences = seedSentences();
  const random = rng(seed);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const out: RecombinedSource[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < chars) {
      const s = pick();
      parts.push(s, random() < 0.2 ? '\n' : ' ');
      size += s.length + 1;
    }
    const day = 1 + Math.floor(random() * 365);
    const date = new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10);
    out.push({ id: `r${String(i).padStart(5, '0')}`, title: pick().slice(0, 80), text: parts.join('').trimEnd(), date });
  }
  return out;
}
