import { foldTerm } from '@common/text/fold';
import type { NotebookDb } from './database';
import type { EntityKind, EntityRow } from './schema';

export async function createEntity(db: NotebookDb, name: string, kind: EntityKind): Promise<EntityRow> {
  const clean = name.trim();
  if (clean === '') throw new Error('An entity needs a name.');
  const entity: EntityRow = { id: crypto.randomUUID(), name: clean, kind, aliases: [clean], createdAt: new Date().toISOString() };
  await db.entities.add(entity);
  return entity;
}

/** Adds a spelling; one that folds to a known alias (case, accents, hyphens) is not added twice. */
export async function addAlias(db: NotebookDb, entityId: string, alias: string): Promise<void> {
  const clean = alias.trim().replace(/\s+/g, ' ');
  if (clean === '') return;
  await db.transaction('rw', db.entities, async () => {
    const entity = await db.entities.get(entityId);
    if (!entity) throw new Error('This entity no longer exists.');
    if (entity.aliases.some((a) => foldTerm(a) === foldTerm(clean))) return;
    await db.entities.update(entityId, { aliases: [...entity.aliases, clean] });
  });
}

export async function removeAlias(db: NotebookDb, entityId: string, alias: string): Promise<void> {
  await db.transaction('rw', db.entities, async () => {
    const entity = await db.entities.get(entityId);
    if (entity) await db.entities.update(entityId, { aliases: entity.aliases.filter((a) => a !== alias) });
  });
}
