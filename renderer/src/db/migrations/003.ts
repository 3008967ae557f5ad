import type Dexie from 'dexie';

/**
 * Version 3: notes (Lexical JSON) and the links derived from them (note → passage or event),
 * which keep backlinks live without parsing every note on every query.
 */
export function migration003(db: Dexie): void {
  db.version(3).stores({
    notes: 'id, title, updatedAt, deletedAt',
    noteLinks: '[noteId+targetId], noteId, targetId',
  });
}
