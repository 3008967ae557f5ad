import { partialDateBounds } from '@common/dates/eventDate';
import { noteText } from '@common/editor/noteText';
import type { SearchDoc, SearchIndex } from '@common/search/searchIndex';
import type { NotebookDb } from '../db/database';

/**
 * Brings the index up to date with the notebook: every kind is diffed by a version key, so only
 * what changed is re-indexed, and a source's text is read only when its version changed.
 */
export async function syncSearchIndex(db: NotebookDb, index: SearchIndex): Promise<void> {
  const [sources, passages, notes, events, entities] = await Promise.all([db.sources.toArray(), db.passages.toArray(), db.notes.toArray(), db.events.toArray(), db.entities.toArray()]);

  const keep: string[] = [];
  const changed = sources.filter((s) => {
    const unchanged = index.has('source', s.id, `${s.hash}|${s.title}|${s.date?.iso ?? ''}`);
    if (unchanged) keep.push(s.id);
    return !unchanged;
  });
  const texts = await db.versions.bulkGet(changed.map((s) => s.hash));
  index.sync(
    'source',
    changed.map((s, i): SearchDoc => {
      const bounds = s.date ? partialDateBounds(s.date) : null;
      return { kind: 'source', id: s.id, title: s.title, text: texts[i]?.text ?? '', sourceId: s.id, ...(bounds ? { dateFrom: bounds.first, dateTo: bounds.last } : {}), version: `${s.hash}|${s.title}|${s.date?.iso ?? ''}` };
    }),
    keep,
  );
  index.sync(
    'passage',
    passages.map((p) => ({ kind: 'passage', id: p.id, title: p.tags.join(', ') || 'Passage', text: p.memo ? `${p.selector.exact}\n${p.memo}` : p.selector.exact, sourceId: p.sourceId, tags: p.tags, version: p.updatedAt })),
  );
  index.sync(
    'note',
    notes.filter((n) => n.deletedAt === '').map((n) => ({ kind: 'note', id: n.id, title: n.title, text: noteText(n.content), version: `${n.revision}|${n.title}` })),
  );
  index.sync(
    'event',
    events.map((e) => {
      const bounds = e.date ? { first: partialDateBounds(e.date.start).first, last: partialDateBounds(e.date.end ?? e.date.start).last } : null;
      return { kind: 'event', id: e.id, title: e.title, text: [e.title, e.place, e.description].filter(Boolean).join('\n'), ...(bounds ? { dateFrom: bounds.first, dateTo: bounds.last } : {}), version: e.updatedAt };
    }),
  );
  index.sync('entity', entities.map((e) => ({ kind: 'entity', id: e.id, title: e.name, text: e.aliases.join('\n'), version: e.aliases.join('|') })));
}
