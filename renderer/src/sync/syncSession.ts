import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { catalogDocumentName, noteDocumentName } from '@common/sync/documentNames';
import { repairOnReceipt } from '@common/sync/repairOnReceipt';
import { describeRefusal } from '@common/sync/invitationToken';
import { parseMintReply } from '@common/sync/mintRequest';
import { nextSyncStatus, type SyncSignal, type SyncStatus } from '@common/sync/syncStatus';
import type { NotebookDb } from '../db/database';
import { CatalogProjection } from './catalogProjection';
import type { SyncSettings } from './syncSettings';

/** Someone in the shared notebook, as presence shows them. */
export interface Peer {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly noteTitle: string | null;
}

const COLORS = ['#b3261e', '#1b6e3a', '#1f4fa3', '#8a4b00', '#6b2d8f', '#0f6b73'];

/**
 * One shared notebook, open in this window: the catalog document, stored in IndexedDB (so the app
 * starts and works with no network) and synced through one websocket to the Hocuspocus server,
 * which also carries the document of each open shared note. The Dexie tables follow the catalog
 * through the projection; the corner status follows the provider.
 */
export class SyncSession {
  readonly doc = new Y.Doc();
  readonly socket: HocuspocusProviderWebsocket;
  readonly catalog: HocuspocusProvider;
  readonly projection: CatalogProjection;
  readonly color: string;
  private readonly persistence: IndexeddbPersistence;
  private status: SyncStatus = { kind: 'connecting' };
  private readonly listeners = new Set<() => void>();
  private readonly pendingMints = new Map<string, (reply: { token?: string; error?: string }) => void>();
  private peers: readonly Peer[] = [];
  readonly ready: Promise<void>;

  constructor(
    readonly settings: SyncSettings,
    db: NotebookDb,
    options: { readonly pushLocal: boolean; readonly onProblem: (message: string) => void },
  ) {
    this.color = COLORS[Math.abs(hash(settings.name)) % COLORS.length]!;
    this.persistence = new IndexeddbPersistence(`verbatim-sync:${settings.notebook}:catalog`, this.doc);
    this.projection = new CatalogProjection(db, this.doc, options.onProblem);
    this.socket = new HocuspocusProviderWebsocket({ url: settings.serverUrl, delay: 500, minDelay: 200, maxDelay: 5000, factor: 1.5 });
    const readOnly = settings.role === 'reader';
    const signal = (s: SyncSignal) => this.setStatus(nextSyncStatus(this.status, s));
    this.catalog = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: catalogDocumentName(settings.notebook),
      document: this.doc,
      token: settings.token,
      onStatus: ({ status }) => {
        if (status === 'connected') signal({ type: 'connected' });
        else if (status === 'disconnected') signal({ type: 'disconnected', at: Date.now() });
        else signal({ type: 'connecting' });
      },
      onSynced: ({ state }) => {
        if (state) signal({ type: 'synced', unsynced: this.catalog.unsyncedChanges, readOnly });
      },
      onUnsyncedChanges: ({ number }) => {
        if (this.catalog.isSynced || number > 0) signal({ type: 'unsynced', count: number, readOnly });
      },
      onAuthenticationFailed: ({ reason }) => signal({ type: 'refused', reason: describeRefusal(reason) }),
      onStateless: ({ payload }) => {
        const reply = parseMintReply(payload);
        if (!reply) return;
        this.pendingMints.get(reply.requestId)?.(reply);
        this.pendingMints.delete(reply.requestId);
      },
      onAwarenessChange: () => this.readPeers(),
    });
    // Providers sharing one websocket are attached by hand (Hocuspocus 3).
    this.catalog.attach();
    this.catalog.setAwarenessField('user', { name: settings.name, color: this.color });
    const { persistence, projection } = this;
    this.ready = (async () => {
      await persistence.whenSynced;
      projection.start();
      // What this profile stored last time reaches the tables first; then, when sharing, the tables reach the catalog.
      await projection.projectAll();
      if (options.pushLocal) await projection.pushAll();
    })();
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  getPeers(): readonly Peer[] {
    return this.peers;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the others which note this window has open (null: none). */
  setOpenNote(title: string | null): void {
    this.catalog.setAwarenessField('note', title);
  }

  /** Asks the server for a new invitation to this notebook (editors only). */
  mintInvitation(role: 'editor' | 'reader', days: number, name?: string): Promise<string> {
    const requestId = crypto.randomUUID();
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingMints.delete(requestId);
        reject(new Error('The server did not answer (is it reachable?).'));
      }, 10_000);
      this.pendingMints.set(requestId, (reply) => {
        clearTimeout(timer);
        if (reply.token) resolve(reply.token);
        else reject(new Error(reply.error ?? 'The server refused.'));
      });
      this.catalog.sendStateless(JSON.stringify({ type: 'mint-invitation', requestId, role, days, ...(name ? { name } : {}) }));
    });
  }

  /**
   * The document of one shared note, stored locally and synced on the same websocket. Nothing flows
   * until `start()`: Lexical's binding must observe the document before its first content arrives.
   */
  openNoteDocument(noteId: string, doc: Y.Doc): { provider: HocuspocusProvider; start: () => void; pause: () => void; stop: () => void } {
    let persistence: IndexeddbPersistence | null = null;
    const provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: noteDocumentName(this.settings.notebook, noteId),
      document: doc,
      token: this.settings.token,
    });
    provider.setAwarenessField('user', { name: this.settings.name, color: this.color });
    // What arrives from the server is merged and repaired in one transaction
    // (common/sync/repairOnReceipt.ts).
    repairOnReceipt(provider, doc);
    let wanted = false;
    let stopped = false;
    const attachIfWanted = () => {
      if (wanted && !stopped) provider.attach();
    };
    return {
      provider,
      start: () => {
        wanted = true;
        persistence ??= new IndexeddbPersistence(`verbatim-sync:${this.settings.notebook}:note:${noteId}`, doc);
        // The server's answer is merged once this machine's copy is loaded: words typed here in an
        // earlier session must be in the note when a deletion from elsewhere arrives, to be given
        // back (common/sync/orphanedWords.ts); loaded after it, they land in a deleted paragraph.
        void persistence.whenSynced.then(attachIfWanted, attachIfWanted);
      },
      pause: () => {
        wanted = false;
        provider.detach();
      },
      stop: () => {
        stopped = true;
        provider.destroy();
        void persistence?.destroy();
      },
    };
  }

  async destroy(): Promise<void> {
    this.projection.stop();
    this.catalog.destroy();
    this.socket.destroy();
    await this.persistence.destroy();
  }

  private readPeers(): void {
    const peers: Peer[] = [];
    for (const [clientId, state] of this.catalog.awareness?.getStates() ?? []) {
      if (clientId === this.doc.clientID) continue;
      const user = (state as { user?: { name?: unknown; color?: unknown } }).user;
      if (!user || typeof user.name !== 'string') continue;
      const note = (state as { note?: unknown }).note;
      peers.push({ clientId, name: user.name, color: typeof user.color === 'string' ? user.color : '#555', noteTitle: typeof note === 'string' ? note : null });
    }
    this.peers = peers;
    this.emit();
  }

  private setStatus(status: SyncStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return h;
}
