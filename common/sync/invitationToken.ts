/**
 * Invitations to a shared notebook: an HMAC-SHA-256 signed token naming the notebook, the role
 * (editor or reader) and an expiry. The server holds the secret; a client only carries the token.
 * Web Crypto (`crypto.subtle`) is used because it exists both in Node 20 and in the browser, so the
 * server, the CLI and the tests share this one module.
 *
 * Format: `vbt1.<base64url(JSON claims)>.<base64url(signature)>`, the signature covering
 * `vbt1.<claims>` so a token of another format version can never verify as this one.
 */

export type SyncRole = 'editor' | 'reader';

export interface InvitationClaims {
  /** The shared notebook's id (the documents it covers are named after it). */
  readonly notebook: string;
  readonly role: SyncRole;
  /** Expiry, in seconds since the epoch. */
  readonly exp: number;
  /** Who the invitation was made for, shown as a presence name by default. */
  readonly name?: string;
}

export type TokenRefusal = 'malformed' | 'bad-signature' | 'expired' | 'wrong-notebook';

export type TokenCheck =
  | { readonly ok: true; readonly claims: InvitationClaims }
  | { readonly ok: false; readonly reason: TokenRefusal };

const PREFIX = 'vbt1';
const NOTEBOOK_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidNotebookId(id: string): boolean {
  return NOTEBOOK_ID.test(id);
}

export function describeRefusal(reason: TokenRefusal | string): string {
  switch (reason) {
    case 'malformed':
      return 'The invitation is not a Verbatim invitation (it may be cut or mistyped).';
    case 'bad-signature':
      return 'The invitation was not signed by this server (wrong server or altered invitation).';
    case 'expired':
      return 'The invitation has expired: ask for a new one.';
    case 'wrong-notebook':
      return 'The invitation is for another notebook.';
    default:
      return reason;
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function hmac(secret: string, message: string): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
}

/** Compares in time independent of where the first difference is, so a signature cannot be guessed byte by byte. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function parseClaims(value: unknown): InvitationClaims | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { notebook, role, exp, name } = record;
  if (typeof notebook !== 'string' || !isValidNotebookId(notebook)) return null;
  if (role !== 'editor' && role !== 'reader') return null;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return null;
  if (name !== undefined && (typeof name !== 'string' || name.length > 80)) return null;
  return name === undefined ? { notebook, role, exp } : { notebook, role, exp, name };
}

export async function signInvitation(claims: InvitationClaims, secret: string): Promise<string> {
  if (!isValidNotebookId(claims.notebook)) throw new Error(`Not a notebook id: ${claims.notebook}`);
  if (secret.length < 16) throw new Error('The signing secret must be at least 16 characters.');
  const body = `${PREFIX}.${toBase64Url(new TextEncoder().encode(JSON.stringify(claims)))}`;
  return `${body}.${toBase64Url(await hmac(secret, body))}`;
}

/** Reads the claims without checking the signature: for a client to show what an invitation is for. */
export function readInvitationUnverified(token: string): InvitationClaims | null {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const bytes = fromBase64Url(parts[1]!);
  if (!bytes) return null;
  try {
    return parseClaims(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    return null;
  }
}

export async function verifyInvitation(
  token: string,
  secret: string,
  options: { readonly nowSeconds: number; readonly notebook?: string },
): Promise<TokenCheck> {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return { ok: false, reason: 'malformed' };
  const signature = fromBase64Url(parts[2]!);
  const claims = readInvitationUnverified(token);
  if (!signature || !claims) return { ok: false, reason: 'malformed' };
  const expected = await hmac(secret, `${parts[0]}.${parts[1]}`);
  if (!sameBytes(signature, expected)) return { ok: false, reason: 'bad-signature' };
  if (claims.exp <= options.nowSeconds) return { ok: false, reason: 'expired' };
  if (options.notebook !== undefined && options.notebook !== claims.notebook) return { ok: false, reason: 'wrong-notebook' };
  return { ok: true, claims };
}
