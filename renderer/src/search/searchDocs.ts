import { partialDateBounds } from '@common/dates/eventDate';
import { noteText } from '@common/editor/noteText';
import { contentHash } from '@common/search/contentHash';
import type { SearchDoc } from '@common/search/searchIndex';
import type { EntityRow, EventRow, NoteRow, PassageRow, SourceRow } from '../db/schema';

/**
 * Notebook rows as search documents. Each is versioned by what it holds (a hash of its searchable
 * content), never by a revision counter or a time: a restore rewinds both, and an index holding the
 * same number for other words would keep finding the old ones.
 */

/** A source's version is known without its text: its hash is already the SHA-256 of that text. */
export function sourceVersion(s: SourceRow): string {
  return `${s.hash}|${contentHash(`${s.title}\u0000${s.date?.iso ?? ''}`)}`;
}

export function sourceDoc(s: SourceRow, text: string): SearchDoc {
  const bounds = s.date ? partialDateBounds(s.date) : null;
  // textRef: a saved index leaves the text out and reads it back from its version (see SearchIndex.toParts).
  return { kind: 'source', id: s.id, title: s.title, text, sourceId: s.id, ...(bounds ? { dateFrom: bounds.first, dateTo: bounds.last } : {}), version: sourceVersion(s), textRef: s.hash };
}

function versioned(doc: Omit<SearchDoc, 'version'>): SearchDoc {
  return { ...doc, version: contentHash(JSON.stringify(doc)) };
}

export function passageDoc(p: PassageRow): SearchDoc {
  return versioned({ kind: 'passage', id: p.id, title: p.tags.join(', ') || 'Passage', text: p.memo ? `${p.selector.exact}\n${p.memo}` : p.selector.exact, sourceId: p.sourceId, tags: p.tags });
}

/** A note in the trash is not searched: null. */
export function noteDoc(n: NoteRow): SearchDoc | null {
  if (n.deletedAt !== '') return null;
  return versioned({ kind: 'note', id: n.id, title: n.title, text: noteText(n.content) });
}

export function eventDoc(e: EventRow): SearchDoc {
  const bounds = e.date ? { first: partialDateBounds(e.date.start).first, last: partialDateBounds(e.date.end ?? e.date.start).last } : null;
  return versioned({ kind: 'event', id: e.id, title: e.title, text: [e.title, e.place, e.description].filter(Boolean).join('\n'), ...(bounds ? { dateFrom: bounds.first, dateTo: bounds.last } : {}) });
}

export function entityDoc(e: EntityRow): SearchDoc {
  return versioned({ kind: 'entity', id: e.id, title: e.name, text: e.aliases.join('\n') });
}
