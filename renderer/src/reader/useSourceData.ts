import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import type { PassageRow, SourceRow, SourceVersionRow, TagRow } from '../db/schema';

export interface SourceData {
  source: SourceRow;
  text: string;
  /** The current version (its encoding, size and origin), undefined only if the store lost it. */
  version?: SourceVersionRow | undefined;
  /** Passages of the source (all statuses). */
  passages: PassageRow[];
  tags: Map<string, TagRow>;
}

/** The open source, its current text, its passages and the tag colours, kept live. */
export function useSourceData(sourceId: string | null): SourceData | null | undefined {
  return useLiveQuery(async () => {
    if (!sourceId) return null;
    const source = await db.sources.get(sourceId);
    if (!source) return null;
    const [version, passages, tags] = await Promise.all([
      db.versions.get(source.hash),
      db.passages.where('sourceId').equals(sourceId).toArray(),
      db.tags.toArray(),
    ]);
    passages.sort((a, b) => a.selector.start - b.selector.start || a.selector.end - b.selector.end);
    return { source, text: version?.text ?? '', version, passages, tags: new Map(tags.map((t) => [t.name, t])) };
  }, [sourceId]);
}

/** A passage is drawn in the reader when it points into the source's current text. */
export function isDrawable(passage: PassageRow, source: SourceRow): boolean {
  return passage.versionHash === source.hash && passage.status !== 'orphaned';
}
