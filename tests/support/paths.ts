import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '../..');
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
/** The shared corpora live beside the repo (../shared), in a checkout and in CI alike. */
export const STEINHEIL_DIR = resolve(REPO_ROOT, '../shared/corpora/steinheil-1908');

export function steinheilFiles(): string[] {
  if (!existsSync(STEINHEIL_DIR)) throw new Error(`Steinheil corpus not found at ${STEINHEIL_DIR}`);
  return readdirSync(STEINHEIL_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(STEINHEIL_DIR, f));
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f));
}
