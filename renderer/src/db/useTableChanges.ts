import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Table } from 'dexie';

/**
 * A number that changes after every write to `table` (undefined until first known). A live query
 * that reads 20,000 keys makes Dexie track each of them (seconds of bookkeeping at every run); this
 * one watches the table through a count, which Dexie tracks as one range, so a hook can re-read
 * what it shows outside the live query, untracked.
 */
export function useTableChanges(table: Table): number | undefined {
  const runs = useRef(0);
  return useLiveQuery(async () => {
    await table.count();
    return ++runs.current;
  }, [table]);
}
