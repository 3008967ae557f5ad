import { extname, join, normalize, sep } from 'node:path';

/**
 * The app is served from `app://verbatim/`, a privileged custom scheme, instead of `file://`
 * (Electron security checklist, item 18): the page's origin is then the app alone, not the whole
 * disk, and the protocol handler can send the CSP as a header. This module holds the pure part:
 * which file a request may read.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'verbatim';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for `protocol.registerSchemesAsPrivileged`: a standard, secure origin with storage. */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export type AppRequest =
  | { readonly ok: true; readonly file: string; readonly mime: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404; readonly reason: string };

/** The file under `rendererDir` that an app:// URL names, or why it is refused. */
export function resolveAppRequest(url: string, rendererDir: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400, reason: 'Not a URL.' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 404, reason: `Not an ${APP_ORIGIN} URL.` };
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'Malformed percent-encoding.' };
  }
  if (path.includes('\0')) return { ok: false, status: 400, reason: 'NUL in path.' };
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = normalize(rendererDir);
  const file = normalize(join(root, relative));
  // normalize() has already folded any `..`: what is left must still be inside the renderer folder.
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return { ok: false, status: 403, reason: 'Outside the app.' };
  return { ok: true, file, mime: MIME[extname(file).toLowerCase()] ?? 'application/octet-stream' };
}
