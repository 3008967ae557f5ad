import { parsePartialDate, type PartialDate } from '@common/dates/partialDate';
import type { NotebookDb } from './database';

/** Corrects what import derived: a source's title and its date (with precision). */
export async function updateSourceDetails(db: NotebookDb, sourceId: string, title: string, dateText: string): Promise<void> {
  const cleanTitle = title.trim();
  if (cleanTitle === '') throw new Error('A source needs a title.');
  let date: PartialDate | null = null;
  if (dateText.trim() !== '') {
    date = parsePartialDate(dateText);
    if (!date) throw new Error(`“${dateText}” is not a date: write 2024, 2024-11 or 2024-11-01.`);
  }
  await db.sources.update(sourceId, { title: cleanTitle, date, updatedAt: new Date().toISOString() });
}

/** Every version of a source, oldest first (the order they were imported in), kept live. */
export function sourceVersionsQuery(db: NotebookDb, sourceId: string) {
  return async () => (await db.versions.where('sourceId').equals(sourceId).toArray()).sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.hash.localeCompare(b.hash));
}
