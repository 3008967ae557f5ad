import { BACKUP_PARTS, type BackupTables } from '@common/backup/backupFormat';
import { NotebookDb } from '../db/database';
import { MIGRATIONS } from '../db/migrations';
import { snapshotTables } from './notebookTables';

/**
 * Brings tables backed up at an older schema version to the current one through the app's own Dexie
 * upgrade steps: they are written into a scratch database opened at their version, which is then
 * opened at the current version (running every upgrade in between) and read back. The notebook itself
 * is not touched; the scratch database is deleted whatever happens.
 */
export async function migrateBackupTables(tables: BackupTables, fromVersion: number): Promise<{ ok: true; tables: BackupTables } | { ok: false; error: string }> {
  if (fromVersion >= MIGRATIONS.length) return { ok: true, tables };
  const name = `verbatim-restore-${crypto.randomUUID()}`;
  const old = new NotebookDb(name, fromVersion);
  try {
    await old.open();
    const existing = new Set(old.tables.map((t) => t.name));
    for (const part of BACKUP_PARTS) {
      if (tables[part].length === 0) continue;
      if (!existing.has(part)) return { ok: false, error: `This backup is damaged: it holds “${part}”, which its schema version ${fromVersion} did not have.` };
    }
    try {
      await old.transaction('rw', [...existing].map((t) => old.table(t)), async () => {
        for (const part of BACKUP_PARTS) if (existing.has(part)) await old.table(part).bulkAdd(tables[part]);
      });
    } catch (error) {
      return { ok: false, error: `This backup holds records its schema version ${fromVersion} cannot store (${error instanceof Error ? error.message : String(error)}).` };
    }
    old.close();
    const current = new NotebookDb(name);
    try {
      await current.open();
      return { ok: true, tables: await snapshotTables(current) };
    } finally {
      current.close();
    }
  } catch (error) {
    return { ok: false, error: `This backup could not be brought up to date (${error instanceof Error ? error.message : String(error)}).` };
  } finally {
    old.close();
    await old.delete().catch(() => undefined);
  }
}
