import type Dexie from 'dexie';

/** Version 4: events and their evidence (which passage says what, with its stance). */
export function migration004(db: Dexie): void {
  db.version(4).stores({
    events: 'id, title, updatedAt',
    evidence: 'id, eventId, passageId, &[eventId+passageId]',
  });
}
