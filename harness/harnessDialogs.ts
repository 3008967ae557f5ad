import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { DialogService } from '../main/services/dialogs';

/** A path under `dir` for `name` that nothing occupies yet (`name (2).ext` and so on). */
function freshPath(dir: string, name: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = join(dir, name);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return candidate;
}

/**
 * Dialogs answered without a person, so end-to-end tests can drive every flow:
 * - open: the paths listed one per line in `<data>/open-next.txt` (then emptied), else cancel;
 * - save: a new path under `<data>/saved/`, keeping the suggested file name;
 * - folder: a new empty folder under `<data>/saved/`;
 * - show a folder: its path is written to `<data>/shown-folder.txt`, where a test can read it.
 */
export function createHarnessDialogs(dataDir: string): DialogService {
  const savedDir = join(dataDir, 'saved');
  const openNext = join(dataDir, 'open-next.txt');
  return {
    async openFiles() {
      if (!existsSync(openNext)) return [];
      const paths = readFileSync(openNext, 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
      writeFileSync(openNext, '');
      return paths;
    },
    async saveFile({ defaultName }) {
      mkdirSync(savedDir, { recursive: true });
      return freshPath(savedDir, basename(defaultName) || 'untitled');
    },
    async chooseFolder() {
      mkdirSync(savedDir, { recursive: true });
      const dir = freshPath(savedDir, 'folder');
      mkdirSync(dir);
      return dir;
    },
    async showFolder(path) {
      writeFileSync(join(dataDir, 'shown-folder.txt'), path);
    },
  };
}
