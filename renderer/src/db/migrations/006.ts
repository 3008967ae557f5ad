import type Dexie from 'dexie';

/**
 * Version 6: a file name no longer identifies a source (two folders may each hold an
 * `article.txt`), so the unique index on it becomes a plain one, and sources are found by the paths
 * they were read from (each version keeps its file's path). Versions already stored learn their size from their source when it is the
 * current one; older ones stay without (the view says "not recorded").
 */
export function migration006(db: Dexie): void {
  db.version(6)
    .stores({ sources: 'id, fileName, hash, path', versions: 'hash, sourceId, path' })
    .upgrade(async (tx) => {
      const sources = await tx.table('sources').toArray();
      for (const source of sources as Array<{ hash: string; byteSize: number }>) {
        await tx.table('versions').where('hash').equals(source.hash).modify((version: { byteSize?: number }) => {
          version.byteSize ??= source.byteSize;
        });
      }
    });
}
