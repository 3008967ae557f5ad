import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ImportBatch } from '@common/source/types';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage, deletePassage, setPassageTags } from '../../renderer/src/db/passages';
import { CatalogProjection } from '../../renderer/src/sync/catalogProjection';
import { tableMap } from '@common/sync/catalogRows';
import { sha256Hex } from '../../main/services/sha256';

const TEXT = 'Le sommet de Vladivostok\n\nLes deux dirigeants se sont rencontrés jeudi au port.\n';
const batch = (): ImportBatch => ({
  origin: 'files',
  failures: [],
  sources: [{ fileName: 'a.txt', path: '/x/a.txt', title: 'Le sommet', language: 'fr', date: null, byteSize: TEXT.length, encoding: 'utf-8', replacedBytes: 0, text: TEXT, hash: sha256Hex(TEXT) }],
});

let n = 0;
const opened: { db: NotebookDb; projection: CatalogProjection }[] = [];

/** A client: its own database and catalog document, linked by a projection. */
async function client(): Promise<{ db: NotebookDb; doc: Y.Doc; projection: CatalogProjection; refusals: string[] }> {
  const db = new NotebookDb(`projection-test-${n++}`);
  await db.open();
  const doc = new Y.Doc();
  const refusals: string[] = [];
  const projection = new CatalogProjection(db, doc, (message) => refusals.push(message));
  projection.start();
  opened.push({ db, projection });
  return { db, doc, projection, refusals };
}

/** Exchanges every update between the documents (the server's job), until both projections rest. */
async function exchange(...clients: { doc: Y.Doc; projection: CatalogProjection }[]): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    for (const c of clients) await c.projection.whenIdle();
    for (const from of clients) for (const to of clients) if (from !== to) Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'server');
  }
  for (const c of clients) await c.projection.whenIdle();
}

afterEach(async () => {
  for (const { db, projection } of opened.splice(0)) {
    projection.stop();
    await db.delete();
  }
});

describe('CatalogProjection', () => {
  it('brings a shared notebook’s sources and passages into a joining client’s tables', async () => {
    const a = await client();
    await importBatch(a.db, batch());
    const source = (await a.db.sources.toArray())[0]!;
    const passage = await createPassage(a.db, source.id, 4, 10, { tags: ['lieu'] });
    const b = await client();
    await exchange(a, b);
    expect(await b.db.sources.toArray()).toEqual(await a.db.sources.toArray());
    expect((await b.db.versions.get(source.hash))?.text).toBe(TEXT);
    expect(await b.db.passages.get(passage.id)).toEqual(await a.db.passages.get(passage.id));
  });

  it('merges tags two clients added to one passage while apart, in both tables', async () => {
    const a = await client();
    const b = await client();
    await importBatch(a.db, batch());
    const source = (await a.db.sources.toArray())[0]!;
    const passage = await createPassage(a.db, source.id, 4, 10, { tags: [] });
    await exchange(a, b);
    await setPassageTags(a.db, passage.id, ['from-a']);
    await setPassageTags(b.db, passage.id, ['from-b']);
    await exchange(a, b);
    expect((await a.db.passages.get(passage.id))?.tags).toEqual(['from-a', 'from-b']);
    expect((await b.db.passages.get(passage.id))?.tags).toEqual(['from-a', 'from-b']);
  });

  it('a passage deleted by one while the other tags it comes back everywhere with the tag', async () => {
    const a = await client();
    const b = await client();
    await importBatch(a.db, batch());
    const source = (await a.db.sources.toArray())[0]!;
    const passage = await createPassage(a.db, source.id, 4, 10, { tags: ['x'] });
    await exchange(a, b);
    await deletePassage(a.db, passage.id);
    await setPassageTags(b.db, passage.id, ['x', 'y']);
    await exchange(a, b);
    expect((await a.db.passages.get(passage.id))?.tags).toEqual(['x', 'y']);
    expect((await b.db.passages.get(passage.id))?.tags).toEqual(['x', 'y']);
  });

  it('a deletion both had seen removes the passage from both tables', async () => {
    const a = await client();
    const b = await client();
    await importBatch(a.db, batch());
    const passage = await createPassage(a.db, (await a.db.sources.toArray())[0]!.id, 4, 10);
    await exchange(a, b);
    expect(await b.db.passages.get(passage.id)).toBeDefined();
    await deletePassage(b.db, passage.id);
    await exchange(a, b);
    expect(await a.db.passages.get(passage.id)).toBeUndefined();
  });

  it('refuses a source version whose text does not match its SHA-256, and says so', async () => {
    const a = await client();
    await importBatch(a.db, batch());
    const hash = sha256Hex(TEXT);
    await a.projection.whenIdle();
    // Someone alters the text on the way (a bad client, a bad server).
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(a.doc));
    forged.transact(() => tableMap(forged, 'versions').get(hash)!.set('text', 'Another text'));
    const b = await client();
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(forged));
    await b.projection.whenIdle();
    expect(await b.db.versions.get(hash)).toBeUndefined();
    expect(b.refusals.join('\n')).toContain(`SHA-256 (${hash.slice(0, 12)}`);
    expect(await b.db.sources.count()).toBe(1);
  });
});
