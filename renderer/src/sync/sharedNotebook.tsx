import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { readInvitationUnverified } from '@common/sync/invitationToken';
import type { SyncStatus } from '@common/sync/syncStatus';
import { CATALOG_TABLES } from '@common/sync/catalogTables';
import { db } from '../db/database';
import { useUndo } from '../app/undo';
import type { SyncSession, Peer } from './syncSession';
import { checkServerUrl, loadSyncSettings, saveSyncSettings, type SyncSettings } from './syncSettings';

export interface ConnectRequest {
  readonly serverUrl: string;
  readonly token: string;
  readonly name: string;
}

interface SharedNotebookValue {
  readonly session: SyncSession | null;
  /** A notebook shared before whose session is still loading: a note's editor waits for it (it opens shared, not local). */
  readonly starting: boolean;
  /** Shares this notebook: everything in it goes to the server's (new) notebook. */
  share(request: ConnectRequest): Promise<void>;
  /** Joins a shared notebook: this profile's notebook is kept as a backup, then replaced by the shared one. */
  join(request: ConnectRequest): Promise<string | null>;
  /** Stops syncing; the notebook stays as it is, local. */
  leave(): Promise<void>;
}

const SharedNotebookContext = createContext<SharedNotebookValue>({
  session: null,
  starting: false,
  share: async () => undefined,
  join: async () => null,
  leave: async () => undefined,
});

// Yjs, the Hocuspocus provider and the catalog projection: loaded when a notebook is shared, not
// before the first paint of every (mostly local) notebook.
const loadSyncSession = async () => (await import('./syncSession')).SyncSession;

function settingsFrom(request: ConnectRequest): SyncSettings {
  const url = checkServerUrl(request.serverUrl);
  if (!url.ok) throw new Error(url.error);
  const claims = readInvitationUnverified(request.token);
  if (!claims) throw new Error('The invitation is not a Verbatim invitation (it may be cut or mistyped).');
  if (claims.exp * 1000 <= Date.now()) throw new Error('The invitation has expired: ask for a new one.');
  return { serverUrl: url.url, token: request.token.trim(), notebook: claims.notebook, role: claims.role, name: request.name.trim() || claims.name || 'Someone' };
}

export function SharedNotebookProvider({ children }: { children: ReactNode }) {
  const { reportError } = useUndo();
  const [session, setSession] = useState<SyncSession | null>(null);
  const [starting, setStarting] = useState(() => loadSyncSettings() !== null);

  // A notebook shared before is synced again from the start, offline or not.
  useEffect(() => {
    const settings = loadSyncSettings();
    if (!settings) return;
    let started: SyncSession | null = null;
    let unmounted = false;
    void loadSyncSession().then(
      (SyncSessionClass) => {
        if (unmounted) return;
        started = new SyncSessionClass(settings, db, { pushLocal: false, onProblem: reportError });
        setSession(started);
        setStarting(false);
      },
      (error: unknown) => {
        setStarting(false);
        reportError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      unmounted = true;
      void started?.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const replace = useCallback(
    async (settings: SyncSettings, pushLocal: boolean) => {
      const SyncSessionClass = await loadSyncSession();
      if (session) await session.destroy();
      saveSyncSettings(settings);
      const started = new SyncSessionClass(settings, db, { pushLocal, onProblem: reportError });
      setSession(started);
      await started.ready;
    },
    [session, reportError],
  );

  const value = useMemo<SharedNotebookValue>(
    () => ({
      session,
      starting,
      share: async (request) => {
        const settings = settingsFrom(request);
        if (settings.role !== 'editor') throw new Error('Sharing needs an editor invitation; with a reader invitation, use Join notebook….');
        await replace(settings, true);
      },
      join: async (request) => {
        const settings = settingsFrom(request);
        let kept: string | null = null;
        const [{ saveBeforeRestore, seedHashes }, { hasUserWork }] = await Promise.all([import('../backup/backupFiles'), import('../backup/notebookTables')]);
        if (await hasUserWork(db, await seedHashes())) kept = await saveBeforeRestore(db);
        if (session) await session.destroy();
        // Emptied before the projection starts, so the emptying is not taken for deletions to share.
        await db.transaction('rw', CATALOG_TABLES.map((t) => t.name), async () => {
          for (const table of CATALOG_TABLES) await db.table(table.name).clear();
        });
        await replace(settings, false);
        return kept;
      },
      leave: async () => {
        if (session) await session.destroy();
        saveSyncSettings(null);
        setSession(null);
      },
    }),
    [session, starting, replace],
  );

  return <SharedNotebookContext.Provider value={value}>{children}</SharedNotebookContext.Provider>;
}

export function useSharedNotebook(): SharedNotebookValue {
  return useContext(SharedNotebookContext);
}

const LOCAL: SyncStatus = { kind: 'local' };
const NO_PEERS: readonly Peer[] = [];

export function useSyncStatus(): SyncStatus {
  const { session } = useSharedNotebook();
  return useSyncExternalStore(
    useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => undefined), [session]),
    () => session?.getStatus() ?? LOCAL,
  );
}

export function usePeers(): readonly Peer[] {
  const { session } = useSharedNotebook();
  return useSyncExternalStore(
    useCallback((listener: () => void) => session?.subscribe(listener) ?? (() => undefined), [session]),
    () => session?.getPeers() ?? NO_PEERS,
  );
}
