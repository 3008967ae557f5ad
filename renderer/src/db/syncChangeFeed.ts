import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { CATALOG_TABLE_NAMES } from '@common/sync/catalogTables';

/** A write to a table a shared notebook carries: `keys` null when the whole table was cleared. */
export interface SyncedTableChange {
  /** The database's name: tests open several notebooks in one process. */
  readonly database: string;
  readonly table: string;
  readonly keys: readonly unknown[] | null;
}

type Listener = (change: SyncedTableChange) => void;
const listeners = new Set<Listener>();

/** Subscribes to writes of the shared tables (the sync projection pushes them to the catalog). */
export function onSyncedTableChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function keysOf(req: DBCoreMutateRequest, res: DBCoreMutateResponse): readonly unknown[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys;
  return req.keys ?? res.results ?? [];
}

/**
 * Tells the sync projection which rows every writer of the notebook touched, without any writer
 * knowing about sync. Listeners are told while the transaction is still open; they re-read the
 * rows later, so a write that is then rolled back only costs a comparison that finds nothing.
 */
export const syncChangeFeed: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'syncChangeFeed',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!CATALOG_TABLE_NAMES.has(name)) return table;
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            if (listeners.size > 0) {
              const change = { database: down.schema.name, table: name, keys: keysOf(req, res) };
              for (const listener of listeners) listener(change);
            }
            return res;
          },
        };
      },
    };
  },
};
