import { RangeSet, type DBCore, type DBCoreMutateRequest, type Middleware } from 'dexie';

/** Rows written by one call from which the write counts, for live queries, as a change of the whole table. */
export const WHOLE_TABLE_FROM_ROWS = 10;

/**
 * Live queries learn what a transaction changed from Dexie's observability layer, which records each
 * written key and each index value of a write of fewer than 50 rows (a larger one counts as the whole
 * table). An import writes in slices of about 20 rows to keep the window's tasks short, so 10,000
 * files left 100,000 recorded ranges, which every live query then merged when the transaction
 * committed: a 0.8–1.7 s freeze of the window (bench/profileImport.ts). From WHOLE_TABLE_FROM_ROWS rows
 * on, the write is marked as changing the whole table before Dexie records it: its keys then merge
 * into one range. Live queries of that table run again, as after any large write; none is missed.
 */
export const bulkWriteObservation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'bulkWriteObservation',
  // Above Dexie's observability layer (level 0), below the change logs (level 10), whose writes it covers too.
  level: 1,
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        const parts = ['', ':dels', ...table.schema.indexes.map((index) => index.name ?? '')].map((index) => `idb://${down.schema.name}/${name}/${index}`);
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            if ((req.type === 'add' || req.type === 'put') && req.values.length >= WHOLE_TABLE_FROM_ROWS) {
              const marked = (req.mutatedParts ??= {});
              for (const part of parts) marked[part] = new RangeSet(down.MIN_KEY, down.MAX_KEY);
            }
            return table.mutate(req);
          },
        };
      },
    };
  },
};
