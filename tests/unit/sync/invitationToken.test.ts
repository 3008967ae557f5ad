import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  readInvitationUnverified,
  signInvitation,
  verifyInvitation,
  type InvitationClaims,
} from '@common/sync/invitationToken';
import { catalogDocumentName, noteDocumentName, notebookOfDocument } from '@common/sync/documentNames';

const SECRET = 'a-secret-of-at-least-16-chars';
const NOW = 1_800_000_000;
const editor: InvitationClaims = { notebook: 'newsroom-1', role: 'editor', exp: NOW + 3600, name: 'Ana' };

// The expected token is built here with node:crypto, independently of the Web Crypto code under test.
function tokenByHand(claims: object, secret: string): string {
  const body = `vbt1.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('signInvitation', () => {
  it('signs the claims with HMAC-SHA-256 as described in the format', async () => {
    expect(await signInvitation(editor, SECRET)).toBe(tokenByHand(editor, SECRET));
  });
  it('refuses a short secret and a notebook id that is not a document-name part', async () => {
    await expect(signInvitation(editor, 'short')).rejects.toThrow(/16 characters/);
    await expect(signInvitation({ ...editor, notebook: 'a/b' }, SECRET)).rejects.toThrow(/notebook id/);
  });
});

describe('verifyInvitation', () => {
  const good = tokenByHand(editor, SECRET);
  const [head, claims, signature] = good.split('.');
  const rows: { name: string; token: string; notebook?: string; now?: number; expected: unknown }[] = [
    { name: 'a good token gives its claims', token: good, expected: { ok: true, claims: editor } },
    { name: 'surrounding white space is ignored', token: `  ${good}\n`, expected: { ok: true, claims: editor } },
    { name: 'a reader token keeps its role', token: tokenByHand({ ...editor, role: 'reader' }, SECRET), expected: { ok: true, claims: { ...editor, role: 'reader' } } },
    { name: 'another secret is a bad signature', token: tokenByHand(editor, 'another-secret-of-16-chars'), expected: { ok: false, reason: 'bad-signature' } },
    { name: 'changed claims are a bad signature', token: `${head}.${Buffer.from(JSON.stringify({ ...editor, role: 'editor', exp: NOW + 99999 })).toString('base64url')}.${signature}`, expected: { ok: false, reason: 'bad-signature' } },
    { name: 'an expired token is refused', token: good, now: NOW + 3600, expected: { ok: false, reason: 'expired' } },
    { name: 'a token for another notebook is refused', token: good, notebook: 'other', expected: { ok: false, reason: 'wrong-notebook' } },
    { name: 'the same notebook passes', token: good, notebook: 'newsroom-1', expected: { ok: true, claims: editor } },
    { name: 'an empty string is malformed', token: '', expected: { ok: false, reason: 'malformed' } },
    { name: 'another format version is malformed', token: `vbt2.${claims}.${signature}`, expected: { ok: false, reason: 'malformed' } },
    { name: 'a cut token is malformed', token: `${head}.${claims}`, expected: { ok: false, reason: 'malformed' } },
    { name: 'claims that are not JSON are malformed', token: tokenByHand('x' as unknown as object, SECRET).replace(/\.[^.]+\./, '.bm90IGpzb24.'), expected: { ok: false, reason: 'malformed' } },
    { name: 'an unknown role is malformed', token: tokenByHand({ ...editor, role: 'admin' }, SECRET), expected: { ok: false, reason: 'malformed' } },
    { name: 'a missing expiry is malformed', token: tokenByHand({ notebook: 'n', role: 'editor' }, SECRET), expected: { ok: false, reason: 'malformed' } },
    { name: 'characters outside base64url are malformed', token: `${head}.${claims}.${signature}!`, expected: { ok: false, reason: 'malformed' } },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      expect(await verifyInvitation(row.token, SECRET, { nowSeconds: row.now ?? NOW, ...(row.notebook ? { notebook: row.notebook } : {}) })).toEqual(row.expected);
    });
  }
  it('round-trips what signInvitation makes', async () => {
    const token = await signInvitation({ notebook: 'x', role: 'reader', exp: NOW + 1 }, SECRET);
    expect(await verifyInvitation(token, SECRET, { nowSeconds: NOW })).toEqual({ ok: true, claims: { notebook: 'x', role: 'reader', exp: NOW + 1 } });
    expect(readInvitationUnverified(token)).toEqual({ notebook: 'x', role: 'reader', exp: NOW + 1 });
  });
});

describe('document names', () => {
  const rows: [string, string | null][] = [
    [catalogDocumentName('nb-1'), 'nb-1'],
    [noteDocumentName('nb-1', 'note_42'), 'nb-1'],
    ['nb-1', null],
    ['nb-1/other', null],
    ['../etc/catalog', null],
    ['nb-1/note/', null],
  ];
  for (const [name, notebook] of rows) {
    it(`${JSON.stringify(name)} belongs to ${JSON.stringify(notebook)}`, () => {
      expect(notebookOfDocument(name)).toBe(notebook);
    });
  }
});
