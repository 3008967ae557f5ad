// `npm start`: opens the app with electron-vite, or says in one line what is missing and how to get it.
// Electron's own loader would try a download on first use and fail with a long stack trace offline.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
const overridden = Boolean(process.env.ELECTRON_OVERRIDE_DIST_PATH);

if (!existsSync(electronDir)) {
  console.error('Verbatim: node_modules/electron is missing: run `npm install` first (Node >= 22.12).');
  process.exit(1);
}
if (!overridden && (!binary || !existsSync(binary))) {
  console.error(
    'Verbatim: the Electron binary is not installed (node_modules/electron/dist is empty): run `npx install-electron` with network access and Node >= 22.12; ' +
      'without it, run the app in Chromium with `npm run build && npm run harness -- --port 5173 --seeds seeds --data .harness-data` (see README, "The harness").',
  );
  process.exit(1);
}
const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const result = spawnSync(process.execPath, [cli, 'preview'], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
