import type { Provider } from '@lexical/yjs';
import * as Y from 'yjs';
import { noteSeedUpdate } from '@common/sync/noteSeed';
import type { SyncSession } from './syncSession';

type Callback = (...args: never[]) => void;

const noteSeedOrigin = Symbol('note seed');

/**
 * The `Provider` Lexical's CollaborationPlugin expects (the y-websocket shape), made from a
 * Hocuspocus provider on the session's websocket plus y-indexeddb for the note's document: the
 * note opens from this profile's copy with no network, and `sync` is reported only once the server
 * has answered, so an empty document is seeded only when the server's is empty too.
 *
 * The seed is written before Lexical hears of the sync, with `noteSeedUpdate` (the same items for
 * everyone seeding the same stored text), so Lexical's own bootstrap, which would write it under this
 * person's id and double it when two people open the note at once, finds the document filled.
 */
export function noteProviderFactory(
  session: SyncSession,
  seed: { content: (id: string) => string; onError: (error: unknown) => void },
): { factory: (id: string, docs: Map<string, Y.Doc>) => Provider; closeAll: () => void } {
  const opened: (() => void)[] = [];
  const factory = (id: string, docs: Map<string, Y.Doc>): Provider => {
    let doc = docs.get(id);
    if (!doc) {
      doc = new Y.Doc();
      docs.set(id, doc);
    }
    const { provider, start: startSync, pause, stop } = session.openNoteDocument(id, doc);
    // Lexical listens for the sync more than once: a seed that failed is not tried (and reported) again.
    let seedFailed = false;
    const seedIfEmpty = (synced: boolean) => {
      if (!synced || seedFailed || !doc || doc.get('root', Y.XmlText).length > 0) return;
      try {
        const update = noteSeedUpdate(id, seed.content(id));
        // "Synced" is announced while the server's message is applied, in a transaction of the
        // provider's, which the provider never sends on: the seed is applied as the provider's too
        // and sent explicitly, as the dangling-text repair is, wherever it is called from.
        Y.applyUpdate(doc, update, provider);
        provider.documentUpdateHandler(update, noteSeedOrigin);
      } catch (error) {
        // Lexical's bootstrap then tries it, as before.
        seedFailed = true;
        seed.onError(error);
      }
    };
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
          const wrapped = ({ state }: { state: boolean }) => {
            seedIfEmpty(state);
            (callback as (synced: boolean) => void)(state);
          };
          wrappers.set(callback, wrapped as never);
          provider.on('synced', wrapped);
          if (provider.isSynced) wrapped({ state: true });
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
