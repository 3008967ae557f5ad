import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness } from '../../../harness/server';
import { SEEDS_DIR } from '../../support/paths';

let server: Server;
let port: number;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'verbatim-harness-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script type="module" src="./app.js"></script>');
  server = await startHarness({ port: 0, seedsDir: SEEDS_DIR, dataDir: join(root, 'data'), rendererDir });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw request (fetch would not let a test set Host or a foreign Origin). */
function call(options: { method: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: options.method, path: options.path, headers: { host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the harness server', () => {
  it('listens on loopback only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });
  it('serves its own page a call', async () => {
    const res = await call({ method: 'POST', path: '/__notebook/listAutoBackups', headers: { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' }, body: '{}' });
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: [] });
  });
  it('refuses a call from another page on this machine', async () => {
    const res = await call({ method: 'POST', path: '/__notebook/readSeeds', headers: { origin: 'http://127.0.0.1:9999', 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(403);
    expect(res.body).toBe('Origin "http://127.0.0.1:9999" may not call this harness.');
  });
  it('keeps a draft through the synchronous draft-journal path, and refuses it from another page', async () => {
    const draft = { noteId: 'n1', windowId: 'w1', content: 'mot', baseRevision: 1, writtenAt: 1 };
    const foreign = await call({ method: 'POST', path: '/__notebook-sync/keepDraftSync', headers: { origin: 'http://127.0.0.1:9999', 'content-type': 'application/json' }, body: JSON.stringify({ arg: draft }) });
    expect(foreign.status).toBe(403);
    const headers = { origin: `http://127.0.0.1:${port}`, 'content-type': 'application/json' };
    expect(JSON.parse((await call({ method: 'POST', path: '/__notebook/listKeptDrafts', headers, body: '{}' })).body)).toEqual({ ok: true, value: [] });
    const kept = await call({ method: 'POST', path: '/__notebook-sync/keepDraftSync', headers, body: JSON.stringify({ arg: draft }) });
    expect(JSON.parse(kept.body)).toEqual({ ok: true, value: true });
    expect(JSON.parse((await call({ method: 'POST', path: '/__notebook/listKeptDrafts', headers, body: '{}' })).body)).toEqual({ ok: true, value: [draft] });
    // An asynchronous method is not reachable on the synchronous path, nor the reverse.
    expect(JSON.parse((await call({ method: 'POST', path: '/__notebook-sync/readSeeds', headers, body: '{}' })).body)).toEqual({ ok: false, error: 'Unknown method "readSeeds".' });
    expect(JSON.parse((await call({ method: 'POST', path: '/__notebook/keepDraftSync', headers, body: JSON.stringify({ arg: draft }) })).body)).toEqual({ ok: false, error: 'Unknown method "keepDraftSync".' });
  });
  it('refuses a request whose Host is not the harness (DNS rebinding)', async () => {
    const res = await call({ method: 'GET', path: '/', headers: { host: `attacker.example:${port}` } });
    expect(res.status).toBe(421);
  });
  it('answers a malformed percent-encoded URL with 400 and keeps running', async () => {
    expect((await call({ method: 'GET', path: '/%E0%A4%A' })).status).toBe(400);
    expect((await call({ method: 'POST', path: '/__notebook/%E0%A4%A', headers: { origin: `http://127.0.0.1:${port}` } })).status).toBe(400);
    expect((await call({ method: 'GET', path: '/' })).status).toBe(200);
  });
  it('sends the app’s Content-Security-Policy with the page', async () => {
    const res = await call({ method: 'GET', path: '/' });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain('<script src="/__harness/bridge.js"></script>');
  });
  it('refuses a path out of the renderer folder', async () => {
    expect((await call({ method: 'GET', path: '/..%2f..%2fetc%2fpasswd' })).status).toBe(403);
  });
});
