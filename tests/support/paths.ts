import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
/**
 * The shared corpora and conformance material live beside the repo (../shared), in a checkout and in
 * CI alike. VERBATIM_SHARED_DIR points elsewhere (a test of the suite without them uses a missing path).
 */
export const SHARED_DIR = process.env.VERBATIM_SHARED_DIR ? resolve(process.env.VERBATIM_SHARED_DIR) : resolve(REPO_ROOT, '../shared');
export const STEINHEIL_DIR = join(SHARED_DIR, 'corpora/steinheil-1908');
export const HAS_STEINHEIL = existsSync(STEINHEIL_DIR);

let warned = false;

/** The Steinheil texts, or none where ../shared is absent (said once, so a missing corpus is never silent). */
export function steinheilFiles(): string[] {
  if (!HAS_STEINHEIL) {
    if (!warned) console.warn(`The Steinheil corpus is absent (${STEINHEIL_DIR}): its test cases are skipped.`);
    warned = true;
    return [];
  }
  return readdirSync(STEINHEIL_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(STEINHEIL_DIR, f));
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
}
