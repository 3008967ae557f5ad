import type { Provider } from '@lexical/yjs';
import * as Y from 'yjs';
import type { SyncSession } from './syncSession';

type Callback = (...args: never[]) => void;

/**
 * The `Provider` Lexical's CollaborationPlugin expects (the y-websocket shape), made from a
 * Hocuspocus provider on the session's websocket plus y-indexeddb for the note's document: the
 * note opens from this profile's copy with no network, and `sync` is reported only once the server
 * has answered, so an empty document is bootstrapped only when the server's is empty too.
 */
export function noteProviderFactory(session: SyncSession): { factory: (id: string, docs: Map<string, Y.Doc>) => Provider; closeAll: () => void } {
  const opened: (() => void)[] = [];
  const factory = (id: string, docs: Map<string, Y.Doc>): Provider => {
    let doc = docs.get(id);
    if (!doc) {
      doc = new Y.Doc();
      docs.set(id, doc);
    }
    const { provider, start: startSync, pause, stop } = session.openNoteDocument(id, doc);
    opened.push(stop);
    const wrappers = new Map<Callback, (payload: never) => void>();
    const adapter = {
      awareness: provider.awareness!,
      // Lexical connects once its binding observes the document (see openNoteDocument). It also
      // disconnects and reconnects whenever its hook's inputs change: only a pause, never the end.
      connect: () => startSync(),
      disconnect: () => pause(),
      on(type: string, callback: Callback) {
        if (type === 'sync') {
          const wrapped = ({ state }: { state: boolean }) => (callback as (synced: boolean) => void)(state);
          wrappers.set(callback, wrapped as never);
          provider.on('synced', wrapped);
          if (provider.isSynced) (callback as (synced: boolean) => void)(true);
        } else if (type === 'status') {
          provider.on('status', callback);
        }
        // 'update' and 'reload' are y-websocket events Hocuspocus has no equivalent for.
      },
      off(type: string, callback: Callback) {
        if (type === 'sync') provider.off('synced', wrappers.get(callback) as never);
        else if (type === 'status') provider.off('status', callback);
      },
    };
    return adapter as unknown as Provider;
  };
  return { factory, closeAll: () => opened.splice(0).forEach((stop) => stop()) };
}
