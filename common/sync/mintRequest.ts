/**
 * An editor asks the server for a new invitation to the same notebook through a Hocuspocus
 * stateless message on the catalog connection (no extra HTTP endpoint, so the app's CSP only needs
 * the websocket). Parsing is here so server and client agree on the shape.
 */
import type { SyncRole } from './invitationToken';

export interface MintRequest {
  readonly type: 'mint-invitation';
  readonly requestId: string;
  readonly role: SyncRole;
  readonly days: number;
  readonly name?: string;
}

export interface MintReply {
  readonly type: 'invitation';
  readonly requestId: string;
  readonly token?: string;
  readonly error?: string;
}

export const MAX_INVITATION_DAYS = 365;

export function parseMintRequest(payload: string): MintRequest | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { type, requestId, role, days, name } = value as Record<string, unknown>;
  if (type !== 'mint-invitation' || typeof requestId !== 'string' || requestId.length > 64) return null;
  if (role !== 'editor' && role !== 'reader') return null;
  if (typeof days !== 'number' || !(days > 0) || days > MAX_INVITATION_DAYS) return null;
  if (name !== undefined && (typeof name !== 'string' || name.length > 80)) return null;
  return name === undefined ? { type, requestId, role, days } : { type, requestId, role, days, name };
}

export function parseMintReply(payload: string): MintReply | null {
  try {
    const value = JSON.parse(payload) as Record<string, unknown>;
    if (value.type !== 'invitation' || typeof value.requestId !== 'string') return null;
    return {
      type: 'invitation',
      requestId: value.requestId,
      ...(typeof value.token === 'string' ? { token: value.token } : {}),
      ...(typeof value.error === 'string' ? { error: value.error } : {}),
    };
  } catch {
    return null;
  }
}
