import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
import { notebookOfDocument } from '../common/sync/documentNames';
import { signInvitation, verifyInvitation, type InvitationClaims } from '../common/sync/invitationToken';
import { fullBucket, take, type Bucket } from '../common/sync/rateLimiter';
import { parseMintRequest, type MintReply } from '../common/sync/mintRequest';
import type { SyncServerOptions } from './parseArgs';

interface ConnectionContext {
  claims?: InvitationClaims;
}

/**
 * The sync server: Hocuspocus with the documents in SQLite (`<data>/documents.sqlite`).
 * Every connection shows an invitation for the notebook its document belongs to; a reader's
 * connection is read-only (Hocuspocus drops its updates and never applies them).
 */
export function createSyncServer(options: SyncServerOptions, secret: string, extraExtensions: Extension[] = []): Server {
  mkdirSync(options.data, { recursive: true });
  const limit = { perSecond: options.messagesPerSecond, burst: options.burst };
  const buckets = new Map<string, Bucket>();
  const nowSeconds = (): number => Math.floor(Date.now() / 1000);

  return new Server(
    {
      port: options.port,
      address: options.host,
      quiet: true,
      name: 'verbatim-sync',
      // Stored 100 ms after a change, at most 1 s late during a burst: what a client has seen
      // acknowledged is on disk about a second later, and clients keep their own copy meanwhile.
      debounce: 100,
      maxDebounce: 1000,
      extensions: [new SQLite({ database: join(options.data, 'documents.sqlite') }), ...extraExtensions],
      async onAuthenticate({ token, documentName, connectionConfig }) {
        const notebook = notebookOfDocument(documentName);
        if (!notebook) throw { reason: 'malformed' };
        const check = await verifyInvitation(token ?? '', secret, { nowSeconds: nowSeconds(), notebook });
        if (!check.ok) throw { reason: check.reason };
        connectionConfig.readOnly = check.claims.role === 'reader';
        return { claims: check.claims };
      },
      async beforeHandleMessage({ socketId }) {
        const now = Date.now();
        const result = take(buckets.get(socketId) ?? fullBucket(limit, now), limit, now);
        buckets.set(socketId, result.bucket);
        if (!result.allowed) throw { code: 4429, reason: 'rate-limited' };
      },
      async onDisconnect({ socketId }) {
        buckets.delete(socketId);
      },
      async onStateless({ payload, connection, documentName }) {
        const request = parseMintRequest(payload);
        if (!request) return;
        const claims = (connection.context as ConnectionContext).claims;
        const reply = async (): Promise<MintReply> => {
          if (!claims || claims.role !== 'editor') return { type: 'invitation', requestId: request.requestId, error: 'Only an editor can invite.' };
          const token = await signInvitation(
            {
              notebook: notebookOfDocument(documentName)!,
              role: request.role,
              exp: nowSeconds() + Math.round(request.days * 86400),
              ...(request.name ? { name: request.name } : {}),
            },
            secret,
          );
          return { type: 'invitation', requestId: request.requestId, token };
        };
        connection.sendStateless(JSON.stringify(await reply()));
      },
    },
    { maxPayload: options.maxMessageBytes },
  );
}
