import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export const IS_ROOT = process.getuid?.() === 0;

export type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Calls `exportName` of `modulePath` with `args` where file modes apply. Root ignores them (the
 * CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH capabilities), so a permission test run as root (CI is)
 * would test nothing: as root it runs in a child process started by `setpriv` without those two
 * capabilities, still as root, so it can read the repo wherever it is cloned. As any other user the
 * call runs here, in this process.
 */
export async function runUnprivileged(modulePath: string, exportName: string, args: unknown[]): Promise<Outcome> {
  if (!IS_ROOT) {
    const m = (await import(modulePath)) as Record<string, (...a: unknown[]) => unknown>;
    try {
      return { ok: true, value: (await m[exportName]!(...args)) ?? null };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  const child = spawnSync(
    'setpriv',
    ['--bounding-set', '-dac_override,-dac_read_search', process.execPath, tsx, '--tsconfig', join(REPO_ROOT, 'tsconfig.node.json'), join(__dirname, 'unprivilegedChild.ts'), modulePath, exportName, JSON.stringify(args)],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (child.error) throw new Error(`Running as root, this test needs setpriv (util-linux) to drop root's file-mode override: ${child.error.message}`);
  if (child.status !== 0 || !child.stdout) throw new Error(`the unprivileged child failed (${child.status}): ${child.stderr}`);
  return JSON.parse(child.stdout) as Outcome;
}
