import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import type { SourceRow } from './schema';

/** The library's order: every source id with its file name, read from the index alone (no rows). */
export interface LibraryOrder {
  readonly ids: readonly string[];
  readonly fileNames: readonly string[];
}

/**
 * The sources in file-name order, as keys only: 10,000 sources cost two key cursors, not 10,000 rows,
 * so the library knows its size and can jump anywhere before reading a single row. Kept live.
 */
export function useLibraryOrder(): LibraryOrder | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.sources, async () => {
        const [fileNames, ids] = await Promise.all([db.sources.orderBy('fileName').keys(), db.sources.orderBy('fileName').primaryKeys()]);
        return { ids, fileNames: fileNames as string[] };
      }),
    [],
  );
}

/** The rows of the given sources only (the ones on screen), by id. Kept live. */
export function useSourceRows(ids: readonly string[]): ReadonlyMap<string, SourceRow> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.sources.bulkGet([...ids]);
    return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  }, [ids.join('\n')]);
}

/** How many passages wait in Needs review, counted by the status index (never the whole table). */
export function useReviewCount(): number {
  return (
    useLiveQuery(async () => {
      const [fuzzy, orphaned] = await Promise.all([
        db.passages.where('status').equals('fuzzy').count(),
        db.passages.where('status').equals('orphaned').filter((p) => !p.keptOrphan).count(),
      ]);
      return fuzzy + orphaned;
    }, []) ?? 0
  );
}
