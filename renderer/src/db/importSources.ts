import type { ImportBatch, ImportFailure } from '@common/source/types';
import type { NotebookDb } from './database';
import type { SourceRow } from './schema';
import { reanchorSourcePassages, type ReanchorCounts } from './reanchorPassages';

export interface ImportReport {
  readonly origin: ImportBatch['origin'];
  readonly imported: readonly string[];
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Same text as a source already stored under another file name: not stored twice. */
  readonly duplicates: ReadonlyArray<{ fileName: string; sameAs: string }>;
  readonly failures: readonly ImportFailure[];
  /** Ids of sources that got a new version; their passages were re-anchored. */
  readonly updatedSourceIds: readonly string[];
  /** What re-anchoring did to the passages of updated sources. */
  readonly reanchored: ReanchorCounts;
}

/**
 * Writes a parsed batch in one transaction. Sources are keyed by file name: changed text becomes
 * a new version of the same source; identical text under another name is a duplicate. Running the
 * same batch twice changes nothing, so importing the seeds at every start is safe.
 */
export async function importBatch(db: NotebookDb, batch: ImportBatch, now: () => string = () => new Date().toISOString()): Promise<ImportReport> {
  const imported: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const duplicates: Array<{ fileName: string; sameAs: string }> = [];
  const updatedSourceIds: string[] = [];
  const reanchored: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };

  await db.transaction('rw', db.sources, db.versions, db.passages, async () => {
    for (const parsed of batch.sources) {
      const existing = await db.sources.where('fileName').equals(parsed.fileName).first();
      if (existing?.hash === parsed.hash) {
        unchanged.push(parsed.fileName);
        continue;
      }
      const knownVersion = await db.versions.get(parsed.hash);
      if (knownVersion && knownVersion.sourceId !== existing?.id) {
        const owner = await db.sources.get(knownVersion.sourceId);
        duplicates.push({ fileName: parsed.fileName, sameAs: owner?.fileName ?? knownVersion.sourceId });
        continue;
      }
      const at = now();
      const sourceId = existing?.id ?? crypto.randomUUID();
      // A known version of this same source (its file reverted) is reused, not stored again.
      if (!knownVersion) await db.versions.add({ hash: parsed.hash, sourceId, text: parsed.text, importedAt: at });
      if (existing) {
        // A user-edited title or date is kept; only what the text itself decides follows it.
        await db.sources.update(existing.id, { hash: parsed.hash, byteSize: parsed.byteSize, language: parsed.language, updatedAt: at });
        updated.push(parsed.fileName);
        updatedSourceIds.push(existing.id);
        const counts = await reanchorSourcePassages(db, existing.id, parsed.hash, parsed.text, at);
        for (const key of Object.keys(counts) as Array<keyof ReanchorCounts>) reanchored[key] += counts[key];
      } else {
        const source: SourceRow = {
          id: sourceId,
          fileName: parsed.fileName,
          title: parsed.title,
          language: parsed.language,
          date: parsed.date,
          byteSize: parsed.byteSize,
          hash: parsed.hash,
          importedAt: at,
          updatedAt: at,
        };
        await db.sources.add(source);
        imported.push(parsed.fileName);
      }
    }
  });

  return { origin: batch.origin, imported, updated, unchanged, duplicates, failures: batch.failures, updatedSourceIds, reanchored };
}
