import type { ImportBatch } from '@common/source/types';

/**
 * Seeds deleted forever, by identity path (`seeds/<name>`): the seeds are imported at every start,
 * so without this a seed the user deleted for good would come back. Kept in localStorage beside the
 * other per-install settings (a backup restore brings back what it holds anyway).
 */
const KEY = 'verbatim.deletedSeeds';

function read(): Set<string> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Remembers a source deleted forever when it came from the seeds. */
export function rememberDeletedSeed(path: string | undefined): void {
  if (!path?.startsWith('seeds/')) return;
  const paths = read();
  paths.add(path);
  localStorage.setItem(KEY, JSON.stringify([...paths]));
}

/** The seed batch without the seeds deleted forever. */
export function withoutDeletedSeeds(batch: ImportBatch): ImportBatch {
  const deleted = read();
  return deleted.size === 0 ? batch : { ...batch, sources: batch.sources.filter((s) => !deleted.has(s.path)) };
}
