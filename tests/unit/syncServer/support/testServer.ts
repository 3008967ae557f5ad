import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Server } from '@hocuspocus/server';
import { createSyncServer } from '../../../../syncServer/createSyncServer';
import { parseSyncServerArgs } from '../../../../syncServer/parseArgs';

/** Polls until `condition` holds; fails naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * One in-process sync server on a free port and a temporary data folder for the tests of a file:
 * started before them, and after them every provider they opened is closed and the folder removed.
 */
export function serverForTheseTests(args: readonly string[], secret: string): { readonly url: string; readonly server: Server; readonly providers: HocuspocusProvider[] } {
  const state = { url: '', server: undefined as unknown as Server, providers: [] as HocuspocusProvider[], dir: '' };
  beforeAll(async () => {
    state.dir = mkdtempSync(join(tmpdir(), 'verbatim-sync-'));
    state.server = createSyncServer(parseSyncServerArgs(['--port', '0', '--data', state.dir, ...args]), secret);
    await state.server.listen();
    state.url = `ws://127.0.0.1:${state.server.address.port}`;
  });
  afterAll(async () => {
    for (const provider of state.providers) provider.destroy();
    await state.server.destroy();
    rmSync(state.dir, { recursive: true, force: true });
  });
  return state;
}
