import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { signInvitation, type SyncRole } from '../../../common/sync/invitationToken';
import { REPO, TEST_BUNDLES } from './app';

export const SYNC_SECRET = 'e2e-sync-secret-0123456789';

/** A real sync server (npm run sync-server) on a free loopback port, restartable on the same port and data. */
export class SyncServerProcess {
  private child: ChildProcess | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'verbatim-sync-e2e-'));
  port = 0;

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // One process (the bundle from the global setup, run by node), so SIGKILL really kills it.
    const child = spawn(process.execPath, [join(TEST_BUNDLES, 'syncServer.mjs'), '--port', String(this.port), '--data', this.dataDir], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, VERBATIM_SYNC_SECRET: SYNC_SECRET },
    });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`sync server did not start in 30 s:\n${output}`)), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`sync server exited with ${code}:\n${output}`));
      });
    });
  }

  /** Stops the server at once, as a crash would (SIGKILL: no flush, no goodbye to the clients). */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.child = null;
  }

  async close(): Promise<void> {
    await this.kill();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export function invitation(notebook: string, role: SyncRole, options: { hoursLeft?: number; secret?: string } = {}): Promise<string> {
  return signInvitation({ notebook, role, exp: Math.floor(Date.now() / 1000) + Math.round((options.hoursLeft ?? 2) * 3600) }, options.secret ?? SYNC_SECRET);
}

/** Fills the Share or Join dialog and submits it. */
export async function connectNotebook(page: Page, action: 'Share' | 'Join', serverUrl: string, token: string, name: string): Promise<void> {
  await page.getByRole('button', { name: `${action} notebook…` }).click();
  const dialog = page.getByRole('dialog', { name: `${action} notebook` });
  await dialog.getByRole('textbox', { name: 'Server address' }).fill(serverUrl);
  await dialog.getByRole('textbox', { name: 'Invitation' }).fill(token);
  await dialog.getByRole('textbox', { name: /Your name/ }).fill(name);
  await dialog.getByRole('button', { name: action, exact: true }).click();
}

export function syncStatus(page: Page) {
  return page.getByRole('status', { name: 'Sync status' });
}

export async function expectSynced(page: Page): Promise<void> {
  await expect(syncStatus(page)).toHaveText(/^Synced/, { timeout: 30_000 });
}
