import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { signInvitation } from '@common/sync/invitationToken';
import { catalogDocumentName, noteDocumentName } from '@common/sync/documentNames';

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

/**
 * "Acknowledged", as a client sees it: the provider's `unsyncedChanges` back at 0 — the server has
 * answered every update this client sent (Hocuspocus's SyncStatus message). At each such moment
 * of the burst, every edit written so far is acknowledged; the test keeps the last such count.
 */
describe('the sync server killed with SIGKILL during a burst of edits', () => {
  it('keeps every acknowledged edit even when the client that wrote it is gone, and a client resyncs its offline edits', { timeout: 180_000 }, async () => {
    const port = await startServer(0);
    const token = await signInvitation({ notebook: 'kill', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
    const connect = (name: string) => {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ url: `ws://127.0.0.1:${port}`, name, document: doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      providers.push(provider);
      return { doc, provider };
    };
    // The writer loses its machine right after the kill: what the server acknowledged must come
    // from the server's disk, not from the writer sending it again.
    const writer = connect(catalogDocumentName('kill'));
    // The survivor edits a note through the kill and the downtime, and must resync after the restart.
    const survivor = connect(noteDocumentName('kill', 'n1'));
    await until(() => writer.provider.isSynced && survivor.provider.isSynced, 'both synced');

    const rows = writer.doc.getMap('passages');
    const text = survivor.doc.getText('body');
    let written = 0;
    let acknowledged = 0;
    let killed: Promise<void> | null = null;
    writer.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number !== 0 || killed !== null) return;
      acknowledged = written;
      // Past the 400th edit (over a second of burst, so the store debounce has fired and more edits
      // came after it), the server dies at the very moment it has acknowledged everything.
      if (written > 400) killed = kill();
    });
    for (let i = 0; i < 600; i += 1) {
      rows.set(`p${i}`, { memo: `edit ${i}` });
      written = i + 1;
      text.insert(text.length, `s${i} `);
      await new Promise((r) => setTimeout(r, 3));
    }
    expect(killed, 'the burst reached an acknowledged moment after edit 400').not.toBeNull();
    await killed;
    const acknowledgedAtKill = acknowledged;
    writer.provider.destroy();
    expect(acknowledgedAtKill).toBeGreaterThan(400);
    for (let i = 0; i < 50; i += 1) text.insert(text.length, `offline${i} `);
    const survivorText = text.toString();

    await startServer(port);
    await until(() => survivor.provider.isSynced && survivor.provider.unsyncedChanges === 0, 'the survivor resynced');

    const newcomer = connect(catalogDocumentName('kill'));
    await until(() => newcomer.provider.isSynced, 'the newcomer synced');
    const kept = newcomer.doc.getMap('passages');
    const missing = Array.from({ length: acknowledgedAtKill }, (_, i) => `p${i}`).filter((key) => !kept.has(key));
    expect(missing.length === 0 ? 'none' : `${missing.length} of ${acknowledgedAtKill}, from ${missing[0]} to ${missing.at(-1)}`, 'acknowledged edits missing after the restart').toBe('none');
    expect(kept.get(`p${acknowledgedAtKill - 1}`)).toEqual({ memo: `edit ${acknowledgedAtKill - 1}` });

    const reader = connect(noteDocumentName('kill', 'n1'));
    await until(() => reader.provider.isSynced && reader.doc.getText('body').toString() === survivorText, 'the note as the survivor has it');
    expect(reader.doc.getText('body').toString()).toContain('s599 offline0 ');
  });
});
