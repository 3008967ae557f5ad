import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DELETED, deleteRow, projectRow, projectTable, tableMap, touchedRowIds, writeRow, type Row } from '@common/sync/catalogRows';
import { CATALOG_TABLES } from '@common/sync/catalogTables';

function sync(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

const passage = (tags: string[], memo = ''): Row => ({ id: 'p1', sourceId: 's1', tags, memo, status: 'exact' });

describe('writeRow / projectRow', () => {
  it('projects what was written, set fields sorted', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeRow(doc, 'passages', passage(['b', 'a'], 'memo')));
    expect(projectRow(doc, 'passages', 'p1')).toEqual(passage(['a', 'b'], 'memo'));
  });
  it('writing back the projection changes nothing in the document', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeRow(doc, 'passages', passage(['a'])));
    const before = Y.encodeStateVector(doc);
    doc.transact(() => writeRow(doc, 'passages', projectRow(doc, 'passages', 'p1')!));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
  it('removes a field the row no longer has', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeRow(doc, 'passages', { ...passage([]), previousExact: 'old' }));
    doc.transact(() => writeRow(doc, 'passages', passage([])));
    expect(projectRow(doc, 'passages', 'p1')).toEqual(passage([]));
  });
  it('keys note links by both of their ids', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeRow(doc, 'noteLinks', { noteId: 'n1', targetId: 'p1', kind: 'passage' }));
    expect([...projectTable(doc, 'noteLinks').values()]).toEqual([{ noteId: 'n1', targetId: 'p1', kind: 'passage' }]);
    const links = CATALOG_TABLES.find((t) => t.name === 'noteLinks')!;
    expect(links.dexieKey(links.idOf({ noteId: 'n1', targetId: 'p1' }))).toEqual(['n1', 'p1']);
  });
});

describe('concurrent edits of one row', () => {
  it('two people tagging one passage offline both keep their tag', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.transact(() => writeRow(a, 'passages', passage(['x'])));
    sync(a, b);
    a.transact(() => writeRow(a, 'passages', passage(['x', 'from-a'])));
    b.transact(() => writeRow(b, 'passages', passage(['x', 'from-b'])));
    sync(a, b);
    expect(projectRow(a, 'passages', 'p1')!.tags).toEqual(['from-a', 'from-b', 'x']);
    expect(projectRow(b, 'passages', 'p1')).toEqual(projectRow(a, 'passages', 'p1'));
  });
  it('a memo written by one and a tag added by another are both kept', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.transact(() => writeRow(a, 'passages', passage([])));
    sync(a, b);
    a.transact(() => writeRow(a, 'passages', passage([], 'a memo')));
    b.transact(() => writeRow(b, 'passages', passage(['t'])));
    sync(a, b);
    expect(projectRow(b, 'passages', 'p1')).toEqual(passage(['t'], 'a memo'));
  });
});

describe('deleted by one while tagged by another', () => {
  it('the passage comes back on every client with the new tag and its old ones', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.transact(() => writeRow(a, 'passages', passage(['x'], 'kept memo')));
    sync(a, b);
    a.transact(() => deleteRow(a, 'passages', 'p1'));
    b.transact(() => writeRow(b, 'passages', passage(['x', 'y'], 'kept memo')));
    expect(projectRow(a, 'passages', 'p1')).toBeNull();
    sync(a, b);
    expect(projectRow(a, 'passages', 'p1')).toEqual(passage(['x', 'y'], 'kept memo'));
    expect(projectRow(b, 'passages', 'p1')).toEqual(passage(['x', 'y'], 'kept memo'));
  });
  it('a deletion seen by everyone before any edit stays a deletion, as a tombstone', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    a.transact(() => writeRow(a, 'passages', passage(['x'])));
    sync(a, b);
    a.transact(() => deleteRow(a, 'passages', 'p1'));
    sync(a, b);
    expect(projectRow(b, 'passages', 'p1')).toBeNull();
    expect(tableMap(b, 'passages').get('p1')!.get(DELETED)).toEqual(passage(['x']));
  });
  it('deleting twice, or deleting what is not there, changes nothing', () => {
    const doc = new Y.Doc();
    doc.transact(() => deleteRow(doc, 'passages', 'nothing'));
    expect(tableMap(doc, 'passages').size).toBe(0);
    doc.transact(() => writeRow(doc, 'passages', passage([])));
    doc.transact(() => deleteRow(doc, 'passages', 'p1'));
    const before = Y.encodeStateVector(doc);
    doc.transact(() => deleteRow(doc, 'passages', 'p1'));
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
  it('a row written again after its deletion (an undo) is back', () => {
    const doc = new Y.Doc();
    doc.transact(() => writeRow(doc, 'passages', passage(['x'])));
    doc.transact(() => deleteRow(doc, 'passages', 'p1'));
    doc.transact(() => writeRow(doc, 'passages', passage(['x'])));
    expect(projectRow(doc, 'passages', 'p1')).toEqual(passage(['x']));
  });
});

describe('touchedRowIds', () => {
  it('names the rows a change touched, new rows and changed fields alike', () => {
    const doc = new Y.Doc();
    const seen: string[][] = [];
    tableMap(doc, 'passages').observeDeep((events) => seen.push([...touchedRowIds(events)].sort()));
    doc.transact(() => {
      writeRow(doc, 'passages', passage(['x']));
      writeRow(doc, 'passages', { ...passage([]), id: 'p2' });
    });
    doc.transact(() => writeRow(doc, 'passages', passage(['x', 'y'])));
    expect(seen).toEqual([['p1', 'p2'], ['p1']]);
  });
});
