import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import type { ParsedSource } from '@common/source/types';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createNote } from '../../renderer/src/db/notes';
import { WHOLE_TABLE_FROM_ROWS } from '../../renderer/src/db/bulkWriteObservation';
import { sha256Hex } from '../../main/services/sha256';

// What live queries are told after each commit: the ranges of keys and index values each table changed.
let db: NotebookDb;
let n = 0;
let told: ObservabilitySet[] = [];
const listen = (parts: ObservabilitySet) => void told.push(parts);
beforeEach(async () => {
  db = new NotebookDb(`bulk-observation-${n++}`);
  await db.open();
  told = [];
  Dexie.on('storagemutated', listen);
});
afterEach(async () => {
  Dexie.on('storagemutated').unsubscribe(listen);
  await db.delete();
});

interface Tree {
  from?: unknown;
  to?: unknown;
  l?: Tree | null;
  r?: Tree | null;
}
/** The ranges a part holds (Dexie's RangeSet is a tree of ranges). */
function ranges(tree: Tree | null | undefined): Array<[unknown, unknown]> {
  if (!tree || tree.from === undefined) return [];
  return [...ranges(tree.l), [tree.from, tree.to], ...ranges(tree.r)];
}
function partsOf(table: string): Record<string, Array<[unknown, unknown]>> {
  const out: Record<string, Array<[unknown, unknown]>> = {};
  for (const parts of told) {
    for (const [part, set] of Object.entries(parts)) {
      const [, , , name, index] = part.split('/');
      if (name === table) out[index ?? ''] = [...(out[index ?? ''] ?? []), ...ranges(set as Tree)];
    }
  }
  return out;
}

const file = (i: number): ParsedSource => {
  const text = `Dépêche ${i}\n\nLa délégation numéro ${i} est arrivée à Vladivostok.\n`;
  return { fileName: `depeche-${i}.txt`, path: `/corpus/depeche-${i}.txt`, title: `Dépêche ${i}`, language: 'fr', date: null, byteSize: Buffer.byteLength(text), encoding: 'utf-8', replacedBytes: 0, text, hash: sha256Hex(text) };
};

describe('what live queries are told after a write', () => {
  it.each([
    [`${WHOLE_TABLE_FROM_ROWS} files`, WHOLE_TABLE_FROM_ROWS],
    ['40 files (written in slices under 50 rows)', 40],
  ])('an import of %s tells one whole-table range per index, not one range per key', async (_, count) => {
    await importBatch(db, { origin: 'files', sources: Array.from({ length: count }, (_, i) => file(i)), failures: [] });
    const sources = partsOf('sources');
    expect(Object.keys(sources).sort()).toEqual(['', ':dels', ...db.sources.schema.indexes.map((i) => i.name)].sort());
    for (const [index, list] of Object.entries(sources)) {
      // One range from the lowest to the highest key: the whole table (Dexie's own FULL_RANGE).
      expect({ index, ranges: list.length, from: list[0]![0] }).toEqual({ index, ranges: 1, from: -Infinity });
    }
  });

  it('a write of a few rows still names its keys, so unrelated live queries stay quiet', async () => {
    const { id } = await createNote(db, 'Carnet');
    expect(partsOf('notes')['']).toEqual([[id, id]]);
  });

  it('a live query of the table sees every row of the import', async () => {
    const counts: number[] = [];
    const seen = new Promise<void>((resolve) => {
      const subscription = liveQuery(() => db.sources.count()).subscribe((count) => {
        counts.push(count);
        if (count === 40) {
          subscription.unsubscribe();
          resolve();
        }
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await importBatch(db, { origin: 'files', sources: Array.from({ length: 40 }, (_, i) => file(i)), failures: [] });
    await seen;
    expect(counts.at(-1)).toBe(40);
  });
});
