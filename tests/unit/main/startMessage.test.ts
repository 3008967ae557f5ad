import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const pathFile = join(root, 'node_modules/electron/path.txt');
const binaryInstalled = existsSync(pathFile) && existsSync(join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()));

describe('npm start without the Electron binary', () => {
  it.skipIf(binaryInstalled)('says in one line what is missing, how to get it, and points to the harness', () => {
    const env = { ...process.env };
    delete env['ELECTRON_OVERRIDE_DIST_PATH'];
    const run = spawnSync(process.execPath, [join(root, 'tools/start.mjs')], { cwd: root, encoding: 'utf8', env });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Electron binary is not installed');
    expect(lines[0]).toContain('npx install-electron');
    expect(lines[0]).toContain('Node >= 22.12');
    expect(lines[0]).toContain('npm run harness');
  });

  it('package.json and .nvmrc name the same Node version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
    expect(pkg.engines?.node).toBe('>=22.12');
    expect(readFileSync(join(root, '.nvmrc'), 'utf8').trim()).toBe('22.12');
  });
});
