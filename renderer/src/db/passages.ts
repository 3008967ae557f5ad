import { describePassage } from '@common/anchor';
import type { NotebookDb } from './database';
import type { PassageRow } from './schema';
// Tag colours are chosen apart from passages, search hits and mentions (common/theme).
import { TAG_PALETTE } from '@common/theme/highlightColours';

const now = () => new Date().toISOString();

/** Loads the current text of a source; passages are always cut from the current version. */
export async function currentText(db: NotebookDb, sourceId: string): Promise<{ hash: string; text: string }> {
  const source = await db.sources.get(sourceId);
  if (!source) throw new Error('This source no longer exists.');
  const version = await db.versions.get(source.hash);
  if (!version) throw new Error(`The text of “${source.title}” is missing from the notebook.`);
  return { hash: version.hash, text: version.text };
}

/** Saves a new passage at once; returns it. An identical span of the same source is reused, not doubled. */
export async function createPassage(db: NotebookDb, sourceId: string, start: number, end: number, init: { tags?: string[]; memo?: string } = {}): Promise<PassageRow> {
  return db.transaction('rw', db.sources, db.versions, db.passages, db.tags, async () => {
    const { hash, text } = await currentText(db, sourceId);
    const existing = (await db.passages.where('sourceId').equals(sourceId).toArray()).find(
      (p) => p.versionHash === hash && p.selector.start === start && p.selector.end === end && p.status !== 'orphaned',
    );
    if (existing) return existing;
    const at = now();
    const passage: PassageRow = {
      id: crypto.randomUUID(),
      sourceId,
      versionHash: hash,
      selector: describePassage(text, start, end),
      tags: [...new Set(init.tags ?? [])],
      memo: init.memo ?? '',
      status: 'exact',
      score: 1,
      createdAt: at,
      updatedAt: at,
    };
    await ensureTags(db, passage.tags);
    await db.passages.add(passage);
    return passage;
  });
}

/** Moves a passage's ends to a new span of its source's current text (extend or shrink). */
export async function movePassage(db: NotebookDb, passageId: string, start: number, end: number): Promise<PassageRow> {
  return db.transaction('rw', db.sources, db.versions, db.passages, async () => {
    const passage = await db.passages.get(passageId);
    if (!passage) throw new Error('This passage no longer exists.');
    const { hash, text } = await currentText(db, passage.sourceId);
    const moved: PassageRow = { ...passage, versionHash: hash, selector: describePassage(text, start, end), status: 'exact', score: 1, keptOrphan: false, updatedAt: now() };
    await db.passages.put(moved);
    return moved;
  });
}

export async function deletePassage(db: NotebookDb, passageId: string): Promise<PassageRow | undefined> {
  return db.transaction('rw', db.passages, async () => {
    const passage = await db.passages.get(passageId);
    if (passage) await db.passages.delete(passageId);
    return passage;
  });
}

/** Puts back a passage exactly as it was (undo of delete or move). */
export async function restorePassage(db: NotebookDb, passage: PassageRow): Promise<void> {
  await db.transaction('rw', db.passages, db.tags, async () => {
    await ensureTags(db, passage.tags);
    await db.passages.put(passage);
  });
}

export async function setPassageTags(db: NotebookDb, passageId: string, tags: string[]): Promise<void> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))];
  await db.transaction('rw', db.passages, db.tags, async () => {
    await ensureTags(db, clean);
    await db.passages.update(passageId, { tags: clean, updatedAt: now() });
  });
}

export async function setPassageMemo(db: NotebookDb, passageId: string, memo: string): Promise<void> {
  await db.passages.update(passageId, { memo, updatedAt: now() });
}

/** Review queue actions: accept a fuzzy match as it is, or keep an orphan out of the queue. */
export async function confirmPassage(db: NotebookDb, passageId: string): Promise<void> {
  await db.passages.update(passageId, { status: 'confirmed', updatedAt: now() });
}

export async function keepOrphan(db: NotebookDb, passageId: string): Promise<void> {
  await db.passages.update(passageId, { keptOrphan: true, updatedAt: now() });
}

/** Passages waiting for a person: fuzzy matches and orphans not yet kept. */
export function isInReview(p: PassageRow): boolean {
  return p.status === 'fuzzy' || (p.status === 'orphaned' && !p.keptOrphan);
}

// Soft, readable highlight colours, given to new tags in turn.

async function ensureTags(db: NotebookDb, names: readonly string[]): Promise<void> {
  for (const name of names) {
    if (await db.tags.get(name)) continue;
    const count = await db.tags.count();
    await db.tags.add({ name, color: TAG_PALETTE[count % TAG_PALETTE.length]! });
  }
}

/** Renames a tag everywhere; renaming onto an existing tag merges the two. */
export async function renameTag(db: NotebookDb, from: string, to: string): Promise<void> {
  const target = to.trim();
  if (target === '' || target === from) return;
  await db.transaction('rw', db.passages, db.tags, async () => {
    const old = await db.tags.get(from);
    if (!old) throw new Error(`There is no tag “${from}”.`);
    if (!(await db.tags.get(target))) await db.tags.add({ name: target, color: old.color });
    await db.passages.where('tags').equals(from).modify((p) => {
      p.tags = [...new Set(p.tags.map((t) => (t === from ? target : t)))];
      p.updatedAt = now();
    });
    await db.tags.delete(from);
  });
}

export async function setTagColor(db: NotebookDb, name: string, color: string): Promise<void> {
  await db.tags.update(name, { color });
}
