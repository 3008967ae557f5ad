import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

/** The tables search documents are made from. */
export const SEARCHED_TABLES: ReadonlySet<string> = new Set(['sources', 'passages', 'notes', 'events', 'entities']);
/** A change that names no row (a table cleared, as a restore does): the whole table is read again. */
export const WHOLE_TABLE = '*';

/** One line of the change log: a row of a searched table was added, changed or deleted. */
export interface SearchChangeRow {
  seq?: number;
  table: string;
  key: string;
}

function changedKeys(req: DBCoreMutateRequest, res: DBCoreMutateResponse): unknown[] {
  if (req.type === 'deleteRange') return [WHOLE_TABLE];
  if (req.type === 'delete') return req.keys;
  return req.keys ?? res.results ?? [];
}

/**
 * Writes the change log inside the very transaction that changes a searched table, so the log and
 * the data can never disagree (an aborted write logs nothing). Every writer of the notebook is
 * covered without knowing about search: the middleware adds the log to each read-write transaction
 * over a searched table. Schemas before version 7 have no log: the middleware then does nothing.
 */
export const searchChangeLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'searchChangeLog',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === 'searchChanges')) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const logged = mode === 'readwrite' && stores.some((s) => SEARCHED_TABLES.has(s)) && !stores.includes('searchChanges');
        return down.transaction(logged ? [...stores, 'searchChanges'] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!SEARCHED_TABLES.has(name)) return table;
        const log = down.table('searchChanges');
        return {
          ...table,
          async mutate(req) {
            const res = await table.mutate(req);
            const keys = changedKeys(req, res);
            if (keys.length > 0) {
              const values: SearchChangeRow[] = keys.map((key) => ({ table: name, key: String(key) }));
              await log.mutate({ type: 'add', trans: req.trans, values });
            }
            return res;
          },
        };
      },
    };
  },
};
