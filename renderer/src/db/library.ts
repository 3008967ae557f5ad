import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { trashedSourceIds } from './trashedSourceIds';
import { useTableChanges } from './useTableChanges';
import type { SourceRow } from './schema';

/** The library's order: every source id with its file name, read from the index alone (no rows). */
export interface LibraryOrder {
  readonly ids: readonly string[];
  readonly fileNames: readonly string[];
}

/** The sources in file-name order, as keys only, without those in the Trash. */
export function readLibraryOrder(): Promise<LibraryOrder> {
  return db.transaction('r', db.sources, async () => {
    const [fileNames, ids, trashed] = await Promise.all([
      db.sources.orderBy('fileName').keys(),
      db.sources.orderBy('fileName').primaryKeys(),
      // Sources in the Trash leave the library: read from the deletedAt index, keys only like the two above.
      trashedSourceIds(db),
    ]);
    if (trashed.length === 0) return { ids, fileNames: fileNames as string[] };
    const gone = new Set(trashed);
    const keep = ids.flatMap((id, i) => (gone.has(id) ? [] : [i]));
    return { ids: keep.map((i) => ids[i]!), fileNames: keep.map((i) => fileNames[i] as string) };
  });
}

/**
 * The sources in file-name order, as keys only: 10,000 sources cost two key cursors, not 10,000 rows,
 * so the library knows its size and can jump anywhere before reading a single row. Read again after
 * every write to the sources, outside a live query (which would track every one of the keys).
 */
export function useLibraryOrder(): LibraryOrder | undefined {
  const changes = useTableChanges(db.sources);
  const [order, setOrder] = useState<LibraryOrder>();
  useEffect(() => {
    if (changes === undefined) return;
    let live = true;
    readLibraryOrder().then(
      (next) => live && setOrder(next),
      (error: unknown) => console.error('Could not read the library order.', error),
    );
    return () => {
      live = false;
    };
  }, [changes]);
  return order;
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
      // Passages of a source in the Trash are detached, not waiting for review.
      const trashed = new Set(await trashedSourceIds(db));
      const [fuzzy, orphaned] = await Promise.all([
        db.passages.where('status').equals('fuzzy').filter((p) => !trashed.has(p.sourceId)).count(),
        db.passages.where('status').equals('orphaned').filter((p) => !p.keptOrphan && !trashed.has(p.sourceId)).count(),
      ]);
      return fuzzy + orphaned;
    }, []) ?? 0
  );
}
