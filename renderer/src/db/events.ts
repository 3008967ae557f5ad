import type { EventDate } from '@common/dates/eventDate';
import type { NotebookDb } from './database';
import type { EventRow, EvidenceRow, Stance } from './schema';

const now = () => new Date().toISOString();

/** A new event with a passage as its first evidence. */
export async function createEvent(db: NotebookDb, init: { title: string; passageId?: string; date?: EventDate | null; place?: string }): Promise<EventRow> {
  const at = now();
  const event: EventRow = { id: crypto.randomUUID(), title: init.title.trim() || 'Untitled event', date: init.date ?? null, place: init.place ?? '', description: '', actorIds: [], placeId: '', createdAt: at, updatedAt: at };
  await db.transaction('rw', db.events, db.evidence, async () => {
    await db.events.add(event);
    if (init.passageId) await db.evidence.add({ id: crypto.randomUUID(), eventId: event.id, passageId: init.passageId, stance: 'reports', who: '', createdAt: at });
  });
  return event;
}

export async function updateEvent(db: NotebookDb, eventId: string, changes: Partial<Pick<EventRow, 'title' | 'date' | 'place' | 'description' | 'actorIds' | 'placeId'>>): Promise<void> {
  await db.events.update(eventId, { ...changes, updatedAt: now() });
}

/** Adds a passage as evidence; the same passage twice on one event updates its stance instead. */
export async function addEvidence(db: NotebookDb, eventId: string, passageId: string, stance: Stance, who = ''): Promise<void> {
  await db.transaction('rw', db.events, db.evidence, async () => {
    if (!(await db.events.get(eventId))) throw new Error('This event no longer exists.');
    const existing = await db.evidence.where('[eventId+passageId]').equals([eventId, passageId]).first();
    if (existing) await db.evidence.update(existing.id, { stance, who });
    else await db.evidence.add({ id: crypto.randomUUID(), eventId, passageId, stance, who, createdAt: now() });
    await db.events.update(eventId, { updatedAt: now() });
  });
}

export async function updateEvidence(db: NotebookDb, evidenceId: string, changes: Partial<Pick<EvidenceRow, 'stance' | 'who'>>): Promise<void> {
  await db.evidence.update(evidenceId, changes);
}

export async function removeEvidence(db: NotebookDb, evidenceId: string): Promise<EvidenceRow | undefined> {
  const row = await db.evidence.get(evidenceId);
  await db.evidence.delete(evidenceId);
  return row;
}

export async function deleteEvent(db: NotebookDb, eventId: string): Promise<{ event: EventRow; evidence: EvidenceRow[] } | null> {
  return db.transaction('rw', db.events, db.evidence, async () => {
    const event = await db.events.get(eventId);
    if (!event) return null;
    const evidence = await db.evidence.where('eventId').equals(eventId).toArray();
    await db.evidence.where('eventId').equals(eventId).delete();
    await db.events.delete(eventId);
    return { event, evidence };
  });
}

export async function restoreEvent(db: NotebookDb, saved: { event: EventRow; evidence: EvidenceRow[] }): Promise<void> {
  await db.transaction('rw', db.events, db.evidence, async () => {
    await db.events.put(saved.event);
    await db.evidence.bulkPut(saved.evidence);
  });
}
