import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A record of the temporary files being written, kept in main's data folder, so that the next start
 * can remove what a crash or a closed window left half-written wherever it was (a backup, an export
 * folder the user chose). One small record file per write: concurrent writes never share a file.
 */
let journalDir: string | null = null;
/** This run's records are never swept: the sweep at start may overlap this run's first writes. */
const RUN = randomBytes(4).toString('hex');

/** Records temporary files under `<dataDir>/pending-writes` from now on (Electron and the harness). */
export function recordInterruptedWritesIn(dataDir: string): void {
  journalDir = join(dataDir, 'pending-writes');
}

/** Notes a temporary file before it is created; the returned function forgets it once it is gone. */
export async function noteTempFile(tempPath: string): Promise<() => Promise<void>> {
  const dir = journalDir;
  if (!dir) return async () => undefined;
  const record = join(dir, `${RUN}-${randomBytes(6).toString('hex')}.path`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(record, tempPath, 'utf8');
  } catch {
    // The record only helps clean up after a crash: failing to keep it must not stop the write.
    return async () => undefined;
  }
  return async () => {
    await rm(record, { force: true });
  };
}

/** Removes every temporary file a previous run left behind; returns their paths. */
export async function removeInterruptedWrites(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, 'pending-writes');
  let records: string[];
  try {
    records = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of records) {
    if (name.startsWith(`${RUN}-`)) continue;
    const record = join(dir, name);
    const tempPath = await readFile(record, 'utf8').catch(() => '');
    // Only files we named: a record edited by hand cannot make us delete anything else.
    if (/\.tmp$/.test(tempPath)) {
      await rm(tempPath, { force: true }).catch(() => undefined);
      removed.push(tempPath);
    }
    await rm(record, { force: true });
  }
  return removed;
}
