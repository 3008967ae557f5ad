import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomicWrite';

/** How many automatic backups are kept; older ones are removed after each new one. */
export const KEEP_AUTO_BACKUPS = 7;
const NAME = /^verbatim-\d{8}T\d{6}(?:-\d+)?(?:-before-restore)?\.json$/;

export interface AutoBackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, '');
}

/** Automatic backups live in `<data>/backups`, named by time; a name is all a caller may give. */
export function autoBackups(dataDir: string) {
  const dir = join(dataDir, 'backups');
  return {
    async write(json: string, reason: 'scheduled' | 'before-restore', now = new Date()): Promise<AutoBackupInfo> {
      await mkdir(dir, { recursive: true });
      let name = `verbatim-${stamp(now)}${reason === 'before-restore' ? '-before-restore' : ''}.json`;
      const existing = new Set(await readdir(dir));
      for (let n = 2; existing.has(name); n++) name = `verbatim-${stamp(now)}-${n}${reason === 'before-restore' ? '-before-restore' : ''}.json`;
      await writeFileAtomic(join(dir, name), json);
      await this.prune();
      return { name, createdAt: now.toISOString(), bytes: Buffer.byteLength(json) };
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
    async read(name: string): Promise<string> {
      // Only our own file names: nothing outside the backups folder can be asked for.
      if (!NAME.test(name)) throw new Error(`“${name}” is not an automatic backup.`);
      return readFile(join(dir, name), 'utf8');
    },
    async prune(): Promise<void> {
      const all = await this.list();
      for (const old of all.slice(KEEP_AUTO_BACKUPS)) await rm(join(dir, old.name), { force: true });
    },
  };
}
