import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { signInvitation } from '@common/sync/invitationToken';
import { catalogDocumentName } from '@common/sync/documentNames';

const REPO = resolve(__dirname, '../../..');
const SECRET = 'kill-test-secret-0123456789';
const dir = mkdtempSync(join(tmpdir(), 'verbatim-sync-kill-'));
const providers: HocuspocusProvider[] = [];
let server: ChildProcess | null = null;

function startServer(port: number): Promise<number> {
  // `node --import tsx`: one process, so SIGKILL kills the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'syncServer/cli.ts', '--port', String(port), '--data', dir], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, VERBATIM_SYNC_SECRET: SECRET },
  });
  server = child;
  return new Promise((resolvePort, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on ws:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolvePort(Number(match[1]));
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)));
  });
}

function kill(): Promise<void> {
  const child = server!;
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

afterAll(async () => {
  for (const p of providers) p.destroy();
  if (server && server.exitCode === null && server.signalCode === null) await kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sync server killed with SIGKILL during a burst of edits', () => {
  it('loses nothing a client wrote: after a restart the client resyncs and a newcomer sees every edit', { timeout: 120_000 }, async () => {
    const port = await startServer(0);
    const token = await signInvitation({ notebook: 'kill', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
    const connect = () => {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, name: catalogDocumentName('kill'), document: doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      providers.push(provider);
      return { doc, provider };
    };
    const writer = connect();
    await until(() => writer.provider.isSynced, 'the writer synced');
    const rows = writer.doc.getMap('passages');
    let acknowledged = 0;
    for (let i = 0; i < 300; i += 1) {
      rows.set(`p${i}`, { memo: `edit ${i}` });
      if (i === 150) {
        // Everything written so far acknowledged by the server, then the burst goes on while it dies.
        await until(() => writer.provider.unsyncedChanges === 0, 'acknowledgements');
        acknowledged = rows.size;
        await kill();
      }
      if (i % 10 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    expect(acknowledged).toBe(151);
    await startServer(port);
    await until(() => writer.provider.isSynced && writer.provider.unsyncedChanges === 0, 'the writer resynced');
    const newcomer = connect();
    await until(() => newcomer.doc.getMap('passages').size === 300, 'the newcomer has all 300 edits');
    expect(newcomer.doc.getMap('passages').get('p299')).toEqual({ memo: 'edit 299' });
  });
});
