import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './app';

/**
 * Playwright's global setup: bundles the harness and the sync server once per run, from the
 * sources as they are now, so no test starts a stale one (harness/vite.config.mts says why).
 */
export default function buildHarness(): void {
  execFileSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'harness/vite.config.mts'], { cwd: REPO, stdio: 'inherit' });
}
