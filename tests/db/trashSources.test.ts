import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedSource } from '@common/source/types';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { createNote } from '../../renderer/src/db/notes';
import { addEvidence, createEvent } from '../../renderer/src/db/events';
import { deleteSourceForever, librarySources, restoreSource, sourceCitations, trashedSources, trashSource } from '../../renderer/src/db/trashSources';
import { sha256Hex } from '../../main/services/sha256';

let db: NotebookDb;
let n = 0;
beforeEach(async () => {
  db = new NotebookDb(`trash-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const ARTICLE = 'Le sommet de Vladivostok\n\nLes deux dirigeants se sont rencontrés jeudi au port de Vladivostok.\n';
const OTHER = 'Recette de la soupe au pistou\n\nFaire revenir les haricots.\n';
function file(path: string, text: string, origin: 'files' | 'seeds' = 'files'): ParsedSource {
  return { fileName: path.split('/').pop()!, path, title: text.split('\n')[0]!, language: 'fr', date: null, byteSize: Buffer.byteLength(text), encoding: 'utf-8', replacedBytes: 0, text, hash: sha256Hex(text) };
}
const quoteNode = (passageId: string, sourceId: string, exact: string) => ({ type: 'passage-quote', version: 1, passageId, sourceId, sourceLabel: 'Le sommet', exact, detached: false });
const noteContent = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children } });

/** A source with two passages, one quoted in two notes, the other evidence for an event; and an unrelated source. */
async function notebook() {
  await importBatch(db, { origin: 'files', sources: [file('/docs/sommet.txt', ARTICLE), file('/docs/pistou.txt', OTHER)], failures: [] });
  const source = (await db.sources.where('fileName').equals('sommet.txt').first())!;
  const other = (await db.sources.where('fileName').equals('pistou.txt').first())!;
  // « Les deux dirigeants » and « Vladivostok » (the second one), cut by hand from ARTICLE.
  const first = await createPassage(db, source.id, 26, 45);
  const second = await createPassage(db, source.id, ARTICLE.lastIndexOf('Vladivostok'), ARTICLE.lastIndexOf('Vladivostok') + 11);
  const kept = await createPassage(db, other.id, 0, 8);
  const analyse = await createNote(db, 'Analyse', noteContent(quoteNode(first.id, source.id, first.selector.exact), quoteNode(kept.id, other.id, kept.selector.exact)));
  const brouillon = await createNote(db, 'Brouillon', noteContent(quoteNode(first.id, source.id, first.selector.exact)));
  const event = await createEvent(db, { title: 'Rencontre à Vladivostok', passageId: second.id });
  await addEvidence(db, event.id, kept.id, 'reports');
  return { source, other, first, second, kept, analyse, brouillon, event };
}

describe('deleting a source', () => {
  it('names what cites it: passages, notes and events', async () => {
    const { source, first, second } = await notebook();
    expect(first.selector.exact).toBe('Les deux dirigeants');
    expect(second.selector.exact).toBe('Vladivostok');
    const c = await sourceCitations(db, source.id);
    expect(c.passages).toBe(2);
    expect(c.notes.map((x) => x.title)).toEqual(['Analyse', 'Brouillon']);
    expect(c.events.map((x) => x.title)).toEqual(['Rencontre à Vladivostok']);
  });

  it('moves it to the Trash with its passages, quotes and evidence kept, out of the library', async () => {
    const { source, first, second, analyse } = await notebook();
    await trashSource(db, source.id, '2026-11-30T12:00:00.000Z');
    expect((await librarySources(db)).map((s) => s.fileName)).toEqual(['pistou.txt']);
    expect((await trashedSources(db)).map((s) => [s.fileName, s.deletedAt])).toEqual([['sommet.txt', '2026-11-30T12:00:00.000Z']]);
    expect((await db.passages.bulkGet([first.id, second.id])).map((p) => p?.selector.exact)).toEqual(['Les deux dirigeants', 'Vladivostok']);
    expect(await db.evidence.where('passageId').equals(second.id).count()).toBe(1);
    expect(await db.versions.where('sourceId').equals(source.id).count()).toBe(1);
    // The note is not rewritten: the quote is shown detached from the source's state, so a restore undoes it all.
    expect((await db.notes.get(analyse.id))?.content).toBe(analyse.content);
  });

  it('restores it into the library with every passage still pointing into its text', async () => {
    const { source, first } = await notebook();
    await trashSource(db, source.id);
    await restoreSource(db, source.id);
    const back = await db.sources.get(source.id);
    expect(back && 'deletedAt' in back).toBe(false);
    expect((await librarySources(db)).map((s) => s.fileName)).toEqual(['pistou.txt', 'sommet.txt']);
    expect(await trashedSources(db)).toEqual([]);
    expect((await db.passages.get(first.id))?.sourceId).toBe(source.id);
  });

  it('refuses to delete forever a source that is not in the Trash', async () => {
    const { source } = await notebook();
    await expect(deleteSourceForever(db, source.id)).rejects.toThrow(/not in the Trash/);
    expect(await db.sources.get(source.id)).toBeDefined();
  });

  it('deletes forever its text, passages and evidence; notes keep the quote text, marked detached', async () => {
    const { source, other, first, second, kept, analyse, brouillon, event } = await notebook();
    await trashSource(db, source.id);
    expect(await deleteSourceForever(db, source.id)).toEqual({ passages: 2, notes: 2, evidence: 1 });
    expect(await db.sources.get(source.id)).toBeUndefined();
    expect(await db.versions.where('sourceId').equals(source.id).count()).toBe(0);
    expect(await db.passages.bulkGet([first.id, second.id])).toEqual([undefined, undefined]);
    expect((await db.evidence.where('eventId').equals(event.id).toArray()).map((e) => e.passageId)).toEqual([kept.id]);
    const quotes = (id: string) => db.notes.get(id).then((note) => (JSON.parse(note!.content) as { root: { children: Array<{ passageId: string; exact: string; detached: boolean }> } }).root.children);
    expect(await quotes(analyse.id)).toMatchObject([
      { passageId: first.id, exact: 'Les deux dirigeants', detached: true },
      { passageId: kept.id, detached: false },
    ]);
    expect(await quotes(brouillon.id)).toMatchObject([{ passageId: first.id, exact: 'Les deux dirigeants', detached: true }]);
    expect((await db.notes.get(analyse.id))?.revision).toBe(analyse.revision + 1);
    // The other source is untouched.
    expect((await librarySources(db)).map((s) => s.id)).toEqual([other.id]);
  });

  it('keeps a seed in the Trash when the seeds are imported again at the next start', async () => {
    await importBatch(db, { origin: 'seeds', sources: [file('seeds/sommet.txt', ARTICLE)], failures: [] });
    const source = (await db.sources.toArray())[0]!;
    await trashSource(db, source.id);
    const report = await importBatch(db, { origin: 'seeds', sources: [file('seeds/sommet.txt', ARTICLE)], failures: [] });
    expect(report.imported).toEqual([]);
    expect(await db.sources.count()).toBe(1);
    expect((await trashedSources(db)).map((s) => s.id)).toEqual([source.id]);
  });
});
