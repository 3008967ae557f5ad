import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import { mainText } from './mainText';

/** How many scheduled automatic backups are kept; older ones are removed after each new one. */
export const KEEP_AUTO_BACKUPS = 7;
const NAME = /^verbatim-\d{8}T\d{6}(?:-\d+)?(?:-before-restore)?\.json$/;
const BEFORE_RESTORE = /-before-restore\.json$/;

export type AutoBackupReason = 'scheduled' | 'before-restore';

export interface AutoBackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}

/**
 * Automatic backups live in `<data>/backups`, named by time; a name is all a caller may give.
 * Rotation only ever removes scheduled backups: a backup saved before a restore is what the user is
 * told they can go back to, so it stays until they delete it.
 */
export function autoBackups(dataDir: string) {
  const dir = join(dataDir, 'backups');
  const freeName = async (reason: AutoBackupReason, now: Date) => {
    const tail = reason === 'before-restore' ? '-before-restore' : '';
    const existing = new Set(await readdir(dir));
    let name = `verbatim-${stamp(now)}${tail}.json`;
    for (let n = 2; existing.has(name); n++) name = `verbatim-${stamp(now)}-${n}${tail}.json`;
    return name;
  };
  return {
    dir,
    async write(json: string, reason: AutoBackupReason, now = new Date()): Promise<AutoBackupInfo> {
      await mkdir(dir, { recursive: true });
      const name = await freeName(reason, now);
      await writeFileAtomic(join(dir, name), json);
      await this.prune(name);
      return { name, createdAt: now.toISOString(), bytes: Buffer.byteLength(json) };
    },
    /** Gives a finished temporary file (written in this folder) its automatic backup name. */
    async place(tempPath: string, reason: AutoBackupReason, bytes: number, now = new Date()): Promise<AutoBackupInfo> {
      const name = await freeName(reason, now);
      await rename(tempPath, join(dir, name));
      await this.prune(name);
      return { name, createdAt: now.toISOString(), bytes };
    },
    async list(): Promise<AutoBackupInfo[]> {
      let names: string[];
      try {
        names = (await readdir(dir)).filter((n) => NAME.test(n));
      } catch {
        return [];
      }
      const infos = await Promise.all(names.map(async (name) => ({ name, info: await stat(join(dir, name)) })));
      return infos.map(({ name, info }) => ({ name, createdAt: info.mtime.toISOString(), bytes: info.size })).sort((a, b) => b.name.localeCompare(a.name));
    },
    /** The path of one of our backups; any other name is refused (nothing outside the folder can be asked for). */
    pathOf(name: string): string {
      if (!NAME.test(name)) throw new Error(mainText('notAnAutoBackup', { name }));
      return join(dir, name);
    },
    async read(name: string): Promise<string> {
      return readFile(this.pathOf(name), 'utf8');
    },
    /** Removes the oldest scheduled backups beyond the limit, never `justWritten` (a clock set back must not cost it). */
    async prune(justWritten = ''): Promise<void> {
      const scheduled = (await this.list()).filter((b) => !BEFORE_RESTORE.test(b.name) && b.name !== justWritten);
      const keep = justWritten && !BEFORE_RESTORE.test(justWritten) ? KEEP_AUTO_BACKUPS - 1 : KEEP_AUTO_BACKUPS;
      for (const old of scheduled.slice(keep)) await rm(join(dir, old.name), { force: true });
    },
  };
}

export type AutoBackups = ReturnType<typeof autoBackups>;
