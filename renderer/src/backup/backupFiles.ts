import { BackupReader, backupLines, CHUNK_CHARS, type BackupCheck } from '@common/backup/backupFormat';
import type { BackupReadSource, BackupWriteTarget, BackupWritten } from '@common/ipc/contract';
import type { NotebookDb } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { snapshotTables } from './notebookTables';
import { flushOpenNotes } from '../notes/openNoteFlush';

/**
 * Writes the whole notebook as a backup, a few MB at a time, so no string of the notebook's size is
 * ever built. Main keeps it in a temporary file until the last part is written; anything that fails on
 * the way abandons it. Null when the user cancelled the save dialog.
 */
export async function writeBackup(db: NotebookDb, target: BackupWriteTarget): Promise<BackupWritten | null> {
  running++;
  try {
    // A backup holds what is on screen: words typed a moment ago are saved first.
    await flushOpenNotes();
    return await streamBackup(db, target);
  } finally {
    running--;
  }
}

/** Backups and restores under way in this window: an automatic backup waits for the next turn. */
let running = 0;
export function backupWorkRunning(): boolean {
  return running > 0;
}

/** Marks a restore as running for its whole length (reading, checking, replacing). */
export async function whileRestoring<T>(work: () => Promise<T>): Promise<T> {
  running++;
  try {
    return await work();
  } finally {
    running--;
  }
}

async function streamBackup(db: NotebookDb, target: BackupWriteTarget): Promise<BackupWritten | null> {
  const tables = await snapshotTables(db);
  const begun = await notebook.backupWriteBegin(target);
  if (!begun) return null;
  try {
    let batch = '';
    for await (const line of backupLines(tables, new Date().toISOString(), db.verno)) {
      batch += line;
      if (batch.length >= CHUNK_CHARS) {
        await notebook.backupWriteAppend({ id: begun.id, text: batch });
        batch = '';
      }
    }
    if (batch) await notebook.backupWriteAppend({ id: begun.id, text: batch });
    return await notebook.backupWriteCommit({ id: begun.id });
  } catch (error) {
    await notebook.backupWriteAbort({ id: begun.id }).catch(() => undefined);
    throw error;
  }
}

/**
 * Reads a backup part by part, checking each as it arrives and stopping at the first damaged one.
 * Null when the user cancelled the open dialog.
 */
export async function readBackupFile(source: BackupReadSource): Promise<{ name: string; check: BackupCheck } | null> {
  const begun = await notebook.backupReadBegin(source);
  if (!begun) return null;
  const reader = new BackupReader();
  for (;;) {
    const { text, done } = await notebook.backupReadNext({ id: begun.id });
    const error = await reader.feedText(text);
    if (error) {
      if (!done) await notebook.backupReadEnd({ id: begun.id }).catch(() => undefined);
      return { name: begun.name, check: { ok: false, error } };
    }
    if (done) return { name: begun.name, check: reader.finish() };
  }
}

/** The seeds' texts: a notebook holding only these has nothing a restore could lose. */
export async function seedHashes(): Promise<ReadonlySet<string>> {
  const seeds = await notebook.readSeeds();
  return new Set(seeds.sources.map((s) => s.hash));
}

/** Keeps the notebook as an automatic backup before a restore replaces it; the name it is kept as. */
export async function saveBeforeRestore(db: NotebookDb): Promise<string> {
  const written = await writeBackup(db, { to: 'auto', reason: 'before-restore' });
  if (!written) throw new Error('The notebook could not be kept before the restore.');
  return written.name;
}
