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
const batch = (text = TEXT): ImportBatch => ({
  origin: 'files',
  failures: [],
  sources: [{ fileName: 'a.txt', path: '/x/a.txt', title: 'Le sommet', language: 'fr', date: null, byteSize: text.length, encoding: 'utf-8', replacedBytes: 0, text, hash: sha256Hex(text) }],
});
// The same file edited: a paragraph added above the passage, so the passage moves.
const TEXT_V2 = 'Le sommet de Vladivostok\n\nMise à jour du 3 novembre.\n\nLes deux dirigeants se sont rencontrés jeudi au port.\n';

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

  it('a passage made offline on an old version is re-anchored onto the version another client imported meanwhile', async () => {
    const a = await client();
    const b = await client();
    await importBatch(a.db, batch());
    await exchange(a, b);
    const source = (await b.db.sources.toArray())[0]!;
    // Apart: Ben cuts a passage on the first version; Ana imports the edited file.
    const start = TEXT.indexOf('dirigeants');
    const passage = await createPassage(b.db, source.id, start, start + 'dirigeants'.length, { tags: ['qui'] });
    const report = await importBatch(a.db, batch(TEXT_V2));
    expect(report.updated).toHaveLength(1);
    await exchange(a, b);
    // What a local import does to the same passage: the same file imported again on one machine.
    const local = new NotebookDb(`projection-test-${n++}`);
    opened.push({ db: local, projection: new CatalogProjection(local, new Y.Doc()) });
    await importBatch(local, batch());
    const localSource = (await local.sources.toArray())[0]!;
    const localPassage = await createPassage(local, localSource.id, start, start + 'dirigeants'.length, { tags: ['qui'] });
    await importBatch(local, batch(TEXT_V2));
    const expected = await local.passages.get(localPassage.id);
    expect(expected?.status).not.toBe('orphaned');

    const movedTo = TEXT_V2.indexOf('dirigeants');
    for (const c of [a, b]) {
      expect((await c.db.sources.get(source.id))?.hash).toBe(sha256Hex(TEXT_V2));
      const row = await c.db.passages.get(passage.id);
      expect(row).toMatchObject({ versionHash: sha256Hex(TEXT_V2), status: expected!.status, score: expected!.score, tags: ['qui'] });
      expect(row?.selector).toEqual(expected!.selector);
      expect(row?.selector).toMatchObject({ start: movedTo, end: movedTo + 'dirigeants'.length, exact: 'dirigeants' });
    }
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
