import { readInvitationUnverified, type SyncRole } from '@common/sync/invitationToken';

/** How this profile reaches its shared notebook, kept in localStorage (`verbatim.sync`). */
export interface SyncSettings {
  readonly serverUrl: string;
  readonly token: string;
  readonly notebook: string;
  readonly role: SyncRole;
  /** The name others see in presence. */
  readonly name: string;
}

const KEY = 'verbatim.sync';

export function loadSyncSettings(): SyncSettings | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<SyncSettings> | null;
    if (!value || typeof value.serverUrl !== 'string' || typeof value.token !== 'string') return null;
    const claims = readInvitationUnverified(value.token);
    if (!claims) return null;
    return { serverUrl: value.serverUrl, token: value.token, notebook: claims.notebook, role: claims.role, name: typeof value.name === 'string' ? value.name : 'Someone' };
  } catch {
    return null;
  }
}

export function saveSyncSettings(settings: SyncSettings | null): void {
  if (settings) localStorage.setItem(KEY, JSON.stringify(settings));
  else localStorage.removeItem(KEY);
}

/** A server address as typed: ws:// or wss:// only, with a clear message for anything else. */
export function checkServerUrl(text: string): { ok: true; url: string } | { ok: false; error: string } {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'The server address is not a URL (example: wss://sync.example.org or ws://127.0.0.1:1234).' };
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return { ok: false, error: 'The server address must start with ws:// or wss://.' };
  if (url.username || url.password) return { ok: false, error: 'The server address must not hold a user name or password.' };
  return { ok: true, url: trimmed.replace(/\/+$/, '') };
}
