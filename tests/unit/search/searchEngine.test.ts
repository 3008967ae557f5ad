import { describe, expect, it } from 'vitest';
import { NotebookDb } from '../../../renderer/src/db/database';
import { replaceTables, snapshotTables } from '../../../renderer/src/backup/notebookTables';
import { SearchEngine } from '../../../renderer/src/search/searchEngine';
import type { NoteRow, SourceRow } from '../../../renderer/src/db/schema';

const AT = '2026-01-01T00:00:00.000Z';
/** A note's Lexical state holding one paragraph. */
const content = (text: string) =>
  JSON.stringify({ root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] } });
const note = (text: string, revision: number): NoteRow => ({ id: 'note-1', title: 'Carnet', content: content(text), revision, createdAt: AT, updatedAt: AT, deletedAt: '' });
const source = (id: string, hash: string): SourceRow => ({ id, fileName: `${id}.txt`, title: id, language: 'fr', date: null, byteSize: 10, hash, importedAt: AT, updatedAt: AT });

let n = 0;
async function notebook(): Promise<NotebookDb> {
  const db = new NotebookDb(`search-engine-${n++}`);
  await db.open();
  await db.versions.add({ hash: 'h1', sourceId: 's1', text: 'Les soldats arrivent à Vladivostok.', importedAt: AT });
  await db.sources.add(source('s1', 'h1'));
  return db;
}
const ids = async (engine: SearchEngine, query: string) => (await engine.search({ id: 1, query, filters: { kinds: [] } }))!.results.map((r) => r.id);

describe('SearchEngine', () => {
  it('finds what was written since the last search, from the change log', async () => {
    const db = await notebook();
    const engine = new SearchEngine(undefined, db);
    expect(await ids(engine, 'vladivostok ')).toEqual(['s1']);
    await db.notes.put(note('Rencontre à Khabarovsk', 1));
    expect(await ids(engine, 'khabarovsk ')).toEqual(['note-1']);
    await db.notes.update('note-1', { deletedAt: AT });
    expect(await ids(engine, 'khabarovsk ')).toEqual([]);
    await db.sources.delete('s1');
    expect(await ids(engine, 'vladivostok ')).toEqual([]);
  });

  it('forgets old words and finds new ones after a restore that rewinds a note to the same revision', async () => {
    const db = await notebook();
    await db.notes.put(note('Rencontre à Khabarovsk', 3));
    const backup = await snapshotTables(db);
    const engine = new SearchEngine(undefined, db);
    await db.notes.put(note('Rencontre à Oulan-Bator', 3)); // edited elsewhere, same revision number
    expect(await ids(engine, 'oulan bator ')).toEqual(['note-1']);
    await replaceTables(db, backup);
    expect(await ids(engine, 'khabarovsk ')).toEqual(['note-1']);
    expect(await ids(engine, 'oulan bator ')).toEqual([]);
  });

  it('starts from the saved index and applies only the changes logged after it', async () => {
    const db = await notebook();
    const first = new SearchEngine(undefined, db);
    expect(await ids(first, 'vladivostok ')).toEqual(['s1']);
    await first.save();
    expect(await db.table('searchChanges').count()).toBe(0); // the saved index covers the log: pruned
    // A source written behind the log's back: only a rebuild (reading every table) would find it.
    await db.versions.put({ hash: 'h2', sourceId: 's2', text: 'Les soldats arrivent à Irkoutsk.', importedAt: AT });
    await db.sources.put(source('s2', 'h2'));
    await db.table('searchChanges').clear();
    await db.passages.put({ id: 'p1', sourceId: 's1', versionHash: 'h1', selector: { start: 0, end: 11, exact: 'Les soldats', prefix: '', suffix: ' arrivent' } as never, tags: ['armée'], memo: 'Tchita', status: 'exact', score: 1, createdAt: AT, updatedAt: AT });

    const second = new SearchEngine(undefined, db);
    expect(await ids(second, 'vladivostok ')).toEqual(['s1']);
    expect(await ids(second, 'irkoutsk ')).toEqual([]);
    expect(await ids(second, 'tchita ')).toEqual(['p1']);
  });

  it('saves the index at once after long work, not after the quiet time, so a window closed then does not build it again', async () => {
    const db = await notebook();
    // The quiet time is an hour: only the at-once save can save within this test.
    const engine = new SearchEngine(undefined, db, { saveAfterMs: 3_600_000, saveAtOnceAfterWorkMs: 0 });
    expect(await ids(engine, 'vladivostok ')).toEqual(['s1']);
    await expect.poll(async () => (await db.table('searchIndex').get('main')) !== undefined, { timeout: 30_000 }).toBe(true);
    // A new start reads that index: a source written behind the log's back stays unfound (no rebuild).
    await db.versions.put({ hash: 'h2', sourceId: 's2', text: 'Les soldats arrivent à Irkoutsk.', importedAt: AT });
    await db.sources.put(source('s2', 'h2'));
    await db.table('searchChanges').clear();
    expect(await ids(new SearchEngine(undefined, db), 'irkoutsk ')).toEqual([]);
  });

  it('waits for the quiet time after quick work: nothing saved at once', async () => {
    const db = await notebook();
    const engine = new SearchEngine(undefined, db, { saveAfterMs: 3_600_000, saveAtOnceAfterWorkMs: 3_600_000 });
    expect(await ids(engine, 'vladivostok ')).toEqual(['s1']);
    await db.notes.put(note('Rencontre à Khabarovsk', 1));
    expect(await ids(engine, 'khabarovsk ')).toEqual(['note-1']);
    expect(await db.table('searchIndex').get('main')).toBeUndefined();
  });

  it('reads every table again when the log was pruned past its index', async () => {
    const db = await notebook();
    const stale = new SearchEngine(undefined, db);
    expect(await ids(stale, 'vladivostok ')).toEqual(['s1']);
    const other = new SearchEngine(undefined, db);
    await db.notes.put(note('Rencontre à Khabarovsk', 1));
    await other.save(); // prunes the note's change before `stale` saw it
    expect(await ids(stale, 'khabarovsk ')).toEqual(['note-1']);
  });

  it('answers the 20 results the palette shows, the best first, and says loading while it reads the saved index', async () => {
    const db = await notebook();
    // 25 notes name Vladivostok; the five whose title names it too rank first.
    for (let i = 0; i < 25; i++) await db.notes.put({ ...note(`Escale ${i} à Vladivostok`, 1), id: `n${String(i).padStart(2, '0')}`, title: i < 5 ? `Vladivostok ${i}` : `Carnet ${i}` });
    const first = new SearchEngine(undefined, db);
    await first.save();
    const progress: unknown[] = [];
    const engine = new SearchEngine((p) => progress.push(p), db);
    const found = await ids(engine, 'vladivostok ');
    expect(found).toHaveLength(20);
    expect(found.slice(0, 5).sort()).toEqual(['n00', 'n01', 'n02', 'n03', 'n04']);
    expect(progress[0]).toMatchObject({ loading: true, done: 0, total: 1 });
  });

  it('says how far it has come while it builds an index of many sources, then finds them', async () => {
    const db = await notebook();
    await db.versions.bulkAdd(Array.from({ length: 300 }, (_, i) => ({ hash: `g${i}`, sourceId: `g${i}`, text: `Dépêche ${i} de Khabarovsk.`, importedAt: AT })));
    await db.sources.bulkAdd(Array.from({ length: 300 }, (_, i) => source(`g${i}`, `g${i}`)));
    const progress: Array<{ what: string; done: number; total: number }> = [];
    const engine = new SearchEngine((p) => progress.push(p), db);
    expect(await ids(engine, 'khabarovsk ')).toHaveLength(20);
    // 301 sources to index, told 250 at a time: « 0 of 301 », « 250 of 301 ».
    expect(progress.filter((p) => p.what === 'sources')).toEqual([
      { what: 'sources', done: 0, total: 301 },
      { what: 'sources', done: 250, total: 301 },
    ]);
  }, 60_000);

  it('reads back from the saved index the texts it left out, and finds the same', async () => {
    const db = await notebook();
    await db.versions.add({ hash: 'h2', sourceId: 's2', text: 'Escale à Vladivostok puis à Khabarovsk.', importedAt: AT });
    await db.sources.add(source('s2', 'h2'));
    const first = new SearchEngine(undefined, db);
    const before = (await first.search({ id: 1, query: 'vladivostok', filters: { kinds: [] } }))!.results;
    await first.save();
    const saved = (await db.table('searchIndex').get('main')) as { parts: { docs: Array<{ text: string }> } };
    expect(saved.parts.docs.map((d) => d.text)).toEqual(['', '']); // the texts stay in `versions` only
    const second = new SearchEngine(undefined, db);
    expect((await second.search({ id: 1, query: 'vladivostok', filters: { kinds: [] } }))!.results).toEqual(before);
  });
});
