import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import { Redis } from '@hocuspocus/extension-redis';
import IORedis, { type RedisOptions } from 'ioredis';
import { notebookOfDocument } from '../common/sync/documentNames';
import { signInvitation, verifyInvitation, type InvitationClaims } from '../common/sync/invitationToken';
import { fullBucket, take, type Bucket } from '../common/sync/rateLimiter';
import { parseMintRequest, type MintReply } from '../common/sync/mintRequest';
import type { SyncServerOptions } from './parseArgs';
import { UpdateJournal } from './updateJournal';
import { RescueOrphanedWords } from './rescueOrphanedWords';
import { postgresDocuments } from './postgresDocuments';
import { SqliteDocuments } from './sqliteDocuments';

/** Room over the message limit for the document name and message header, and for telling the sender why. */
const ENVELOPE_SLACK_BYTES = 64 * 1024;

interface ConnectionContext {
  claims?: InvitationClaims;
}

/**
 * The Redis extension skips a node's store when another node holds the document's Redis lock, and
 * never retries it: changes that node alone had stored nowhere until its next change (seen in the
 * several-nodes test). Stores here merge under PostgreSQL's row lock, so two at once are safe and
 * none is skipped; the extension still passes updates and presence between nodes.
 */
class RedisWithoutStoreLock extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}
}

/**
 * A node's connection to Redis (the extension makes two: one publishes, one subscribes).
 * It fails fast instead of queueing commands forever when Redis is down; the extension logs it.
 * No ready check: ioredis sends its INFO once the connection's first commands are answered, and the
 * extension's SUBSCRIBE, written meanwhile, puts the connection in subscriber mode, where INFO is
 * refused ("Connection in subscriber mode"): the check failed, and that node never received what the
 * others published (on a loaded machine, with another CI run beside it: the several-nodes test
 * waited 60 s for the other node's tags).
 */
export function syncRedisClient(url: string, options: RedisOptions = {}): IORedis {
  return new IORedis(url, { maxRetriesPerRequest: 3, enableReadyCheck: false, ...options });
}

/**
 * Where documents live. One node: SQLite in the data folder. Several nodes: the documents in a
 * shared PostgreSQL and updates passed between nodes through Redis (Hocuspocus's Redis extension).
 * Every node keeps its own update journal.
 */
function documentStorage(options: SyncServerOptions): Extension[] {
  const journal = new UpdateJournal(options.data);
  if (!options.postgres) return [journal, new SqliteDocuments(join(options.data, 'documents.sqlite'))];
  const postgres = postgresDocuments(options.postgres);
  const closePool: Extension = { onDestroy: () => postgres.close() };
  if (!options.redis) return [journal, postgres.extension, closePool];
  const redisUrl = options.redis;
  const redis = new RedisWithoutStoreLock({ createClient: () => syncRedisClient(redisUrl) });
  return [redis, journal, postgres.extension, closePool];
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
      // Stored 100 ms after a change, at most 1 s late during a burst; until then what a client has
      // seen acknowledged is in the update journal (see UpdateJournal).
      debounce: 100,
      maxDebounce: 1000,
      extensions: [...documentStorage(options), new RescueOrphanedWords(), ...extraExtensions],
      async onAuthenticate({ token, documentName, connectionConfig }) {
        const notebook = notebookOfDocument(documentName);
        if (!notebook) throw { reason: 'malformed' };
        const check = await verifyInvitation(token ?? '', secret, { nowSeconds: nowSeconds(), notebook });
        if (!check.ok) throw { reason: check.reason };
        connectionConfig.readOnly = check.claims.role === 'reader';
        return { claims: check.claims };
      },
      async beforeHandleMessage({ socketId, update }) {
        // Refused with a reason the client can show; far larger messages never get this far (ws
        // closes the socket with 1009 at maxPayload, before buffering them whole).
        if (update.byteLength > options.maxMessageBytes) throw { code: 4413, reason: 'message-too-large' };
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
    { maxPayload: options.maxMessageBytes + ENVELOPE_SLACK_BYTES },
  );
}
