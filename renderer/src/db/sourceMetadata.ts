import { parsePartialDate } from '@common/dates/partialDate';
import { parseMetadataFields, type MetadataFields } from '@common/source/editMetadata';
import type { NotebookDb } from './database';

/** Saves what the reader's source form holds: title, date, outlet, authors, URL, language, in one write. */
export async function updateSourceDescription(db: NotebookDb, sourceId: string, title: string, dateText: string, fields: MetadataFields): Promise<void> {
  const cleanTitle = title.trim();
  if (cleanTitle === '') throw new Error('A source needs a title.');
  const date = dateText.trim() === '' ? null : parsePartialDate(dateText);
  if (dateText.trim() !== '' && !date) throw new Error(`“${dateText}” is not a date: write 2024, 2024-11 or 2024-11-01.`);
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new Error('This source no longer exists.');
    const { meta, language } = parseMetadataFields(fields, source.meta);
    await db.sources.update(sourceId, { title: cleanTitle, date, meta, language, updatedAt: new Date().toISOString() });
  });
}
