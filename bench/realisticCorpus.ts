import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSourceText } from '../common/text/normalize';
import { rng, seedSentences } from './corpus';

export interface GeneratedSource {
  readonly fileName: string;
  readonly title: string;
  readonly text: string;
}

const STEINHEIL = join(__dirname, '../../shared/corpora/steinheil-1908');
const SYLLABLES = ['ka', 'lo', 'vi', 'dre', 'mon', 'sel', 'tra', 'gu', 'pie', 'ran', 'bel', 'cho', 'zu', 'fer', 'nal', 'ost', 'ric', 'dan', 'mer', 'jo', 'li', 'vou', 'sta', 'bru', 'quin', 'ey', 'har', 'tel', 'ba', 'nov'];
const NAME_ENDINGS = ['', 'ov', 'ski', 'ier', 'eau', 'et', 'in', 'ard', 'ac', 'enko', 'ville', 'mont', 'court', 'heim'];
const SUFFIXES = ['', 's', 'e', 'es', 'ment', 'tion', 'tions', 'eur', 'euse', 'ait', 'aient', 'é', 'ée', 'ées', 'ique'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ROLES = ['M.', 'Mme', 'le général', 'la ministre', 'le juge', 'le maire de', 'le député', 'l’ambassadeur'];

/** Sentences of the Steinheil OCR texts (with their OCR errors and cut words), when they are there. */
function steinheilSentences(): string[] {
  if (!existsSync(STEINHEIL)) return [];
  return readdirSync(STEINHEIL)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => normalizeSourceText(readFileSync(join(STEINHEIL, f), 'utf8')).split(/(?<=[.!?»])\s+/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

/**
 * `count` sources of about `chars` characters with a realistic vocabulary (tens of thousands of
 * distinct words): sentences of the seeds and of the Steinheil OCR texts, mixed with generated names
 * of people and places, numbers, dates and derived word forms, from a seeded generator (every run
 * measures the same corpus). Recombining the seeds alone gives about 650 distinct terms, which hides
 * what prefix and typo matching cost.
 */
export function realisticCorpus(count: number, chars = 4_000, seed = 1908): GeneratedSource[] {
  const sentences = [...seedSentences(), ...steinheilSentences()];
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const word = (syllables: number) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');
  // Fixed pools, as a real corpus has a bounded vocabulary: names of people and places, derived forms.
  const names = Array.from({ length: 12_000 }, () => {
    const n = word(2 + Math.floor(random() * 2)) + pick(NAME_ENDINGS);
    return n.charAt(0).toUpperCase() + n.slice(1);
  });
  const stems = Array.from({ length: 3_000 }, () => word(2 + Math.floor(random() * 2)));
  const name = () => pick(names);
  const derived = () => pick(stems) + pick(SUFFIXES);
  const generated = () => {
    const kind = random();
    if (kind < 0.35) return `${pick(ROLES)} ${name()} ${name()} a rencontré ${name()} à ${name()} le ${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${1900 + Math.floor(random() * 125)}.`;
    if (kind < 0.7) return `Selon ${name()}, les ${derived()} de ${name()} ont ${derived()} ${Math.floor(random() * 10_000)} ${derived()} près de ${name()}.`;
    return `${name()}-${name()} et ${derived()} ${derived()} ${derived()}, ${derived()} ${derived()} (${name()}).`;
  };
  const out: GeneratedSource[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < chars) {
      const s = random() < 0.5 ? pick(sentences) : generated();
      parts.push(s, random() < 0.2 ? '\n' : ' ');
      size += s.length + 1;
    }
    const text = parts.join('').trimEnd();
    out.push({ fileName: `gen_${String(i).padStart(5, '0')}.txt`, title: text.slice(0, 80), text });
  }
  return out;
}
