import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { createHandlers } from '../main/ipc/createHandlers';
import { dispatch } from '../main/ipc/handlerTable';
import { createDraftJournalTable, dispatchDraftJournal } from '../main/ipc/draftJournalTable';
import { keptDrafts } from '../main/services/keptDrafts';
import { createHarnessClipboard } from './harnessClipboard';
import { createHarnessDialogs } from './harnessDialogs';
import { bridgeScript } from './bridgeScript';
import { checkRequest, safeDecode } from './requestGuard';
import { CONTENT_SECURITY_POLICY } from '../main/electron/contentSecurityPolicy';

export interface HarnessOptions {
  readonly port: number;
  readonly seedsDir: string;
  readonly dataDir: string;
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// Backups travel through the API too; anything bigger than this is refused, not buffered.
const MAX_BODY_BYTES = 512 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  // The same policy the app's protocol sends, so the harness page is held to what the window is.
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** Serves the built renderer with the bridge injected, and the real handlers at /__notebook/<method>. */
export function startHarness(options: HarnessOptions): Promise<Server> {
  const table = createHandlers({ seedsDir: options.seedsDir, dataDir: options.dataDir, dialogs: createHarnessDialogs(options.dataDir), clipboard: createHarnessClipboard(options.dataDir) });
  const drafts = createDraftJournalTable(keptDrafts(options.dataDir));
  const root = normalize(options.rendererDir);

  const server = createServer((req, res) => {
    void (async () => {
      const port = (server.address() as AddressInfo).port;
      const verdict = checkRequest({ method: req.method ?? 'GET', host: req.headers.host, origin: req.headers.origin }, port);
      if (!verdict.ok) {
        send(res, verdict.status, 'text/plain', verdict.reason);
        return;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = safeDecode(url.pathname);
      if (pathname === null) {
        send(res, 400, 'text/plain', 'Malformed percent-encoding in the URL.');
        return;
      }
      const api = req.method === 'POST' ? /^\/(__notebook|__notebook-sync)\/(.*)$/.exec(pathname) : null;
      if (api) {
        let arg: unknown;
        try {
          const body = await readBody(req);
          arg = body === '' ? undefined : (JSON.parse(body) as { arg?: unknown }).arg;
        } catch (error) {
          send(res, 200, MIME['.json']!, JSON.stringify({ ok: false, error: `Bad request: ${(error as Error).message}` }));
          return;
        }
        const [, channel, method = ''] = api;
        const result = channel === '__notebook' ? await dispatch(table, method, arg) : dispatchDraftJournal(drafts, method, arg);
        send(res, 200, MIME['.json']!, JSON.stringify(result));
        return;
      }
      if (pathname === '/__harness/bridge.js') {
        send(res, 200, MIME['.js']!, bridgeScript());
        return;
      }
      const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
      const file = normalize(join(root, relative));
      if (!file.startsWith(root + sep)) {
        send(res, 403, 'text/plain', 'forbidden');
        return;
      }
      try {
        let body: Buffer | string = await readFile(file);
        if (file.endsWith('index.html')) {
          body = body.toString('utf8').replace('<script', '<script src="/__harness/bridge.js"></script>\n    <script');
        }
        send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', body);
      } catch {
        send(res, 404, 'text/plain', 'not found');
      }
    })().catch((error: unknown) => {
      // Whatever went wrong, answer: a request must never hang or take the harness down.
      if (!res.headersSent) send(res, 500, 'text/plain', `Harness error: ${(error as Error).message ?? String(error)}`);
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve(server));
  });
}
