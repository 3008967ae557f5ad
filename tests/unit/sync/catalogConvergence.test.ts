import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, projectRow, projectTable, tableMap, touchedRowIds, writeRow, type Row } from '@common/sync/catalogRows';
import { seededRandom as random } from '../support/seededRandom';

const TABLES = ['passages', 'tags', 'notes', 'events'] as const;
const IDS = ['r1', 'r2', 'r3', 'r4', 'r5'];
const TAGS = ['who', 'where', 'when', 'doubt'];

interface Client {
  doc: Y.Doc;
  /** The projection kept up to date change by change, as the app's tables are. */
  live: Map<string, Map<string, Row>>;
  /** Updates not yet delivered, per peer index. */
  outbox: Uint8Array[][];
}

function makeClient(index: number, count: number): Client {
  const doc = new Y.Doc();
  doc.clientID = index + 1; // deterministic ties between concurrent writes for a given seed
  const live = new Map(TABLES.map((t) => [t, new Map<string, Row>()]));
  const client: Client = { doc, live, outbox: Array.from({ length: count }, () => []) };
  for (const table of TABLES) {
    tableMap(doc, table).observeDeep((events) => {
      for (const id of touchedRowIds(events)) {
        const row = projectRow(doc, table, id);
        if (row) live.get(table)!.set(id, row);
        else live.get(table)!.delete(id);
      }
    });
  }
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'network') return;
    client.outbox.forEach((queue, peer) => peer !== index && queue.push(update));
  });
  return client;
}

function randomRow(table: string, id: string, next: () => number, current: Row | null): Row {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  switch (table) {
    case 'passages': {
      const tags = new Set((current?.tags as string[] | undefined) ?? []);
      if (next() < 0.7) tags.add(pick(TAGS));
      else tags.delete(pick(TAGS));
      return { ...(current ?? { id, sourceId: 's1', status: 'exact' }), id, tags: [...tags], memo: next() < 0.3 ? `memo ${Math.floor(next() * 100)}` : ((current?.memo as string) ?? '') };
    }
    case 'tags':
      return { name: id, color: pick(['#ff0', '#0ff', '#f0f']) };
    case 'notes':
      return { id, title: `title ${Math.floor(next() * 10)}`, content: '{}', revision: Math.floor(next() * 5), deletedAt: '' };
    default:
      return { id, title: `event ${Math.floor(next() * 10)}`, actorIds: [pick(IDS)], place: '' };
  }
}

function runScenario(seed: number): Client[] {
  const next = random(seed);
  const clients = [0, 1, 2].map((i) => makeClient(i, 3));
  let connected = [true, true, true];
  const deliver = (from: number, to: number): void => {
    const queue = clients[from]!.outbox[to]!;
    // Deliver a random queued update, not always the oldest: Yjs must cope with any order.
    const index = Math.floor(next() * queue.length);
    const [update] = queue.splice(index, 1);
    if (update) Y.applyUpdate(clients[to]!.doc, update, 'network');
  };
  for (let step = 0; step < 400; step += 1) {
    const roll = next();
    const who = Math.floor(next() * 3);
    const client = clients[who]!;
    if (roll < 0.45) {
      const table = TABLES[Math.floor(next() * TABLES.length)]!;
      const id = IDS[Math.floor(next() * IDS.length)]!;
      const current = projectRow(client.doc, table, id);
      if (current && next() < 0.2) client.doc.transact(() => deleteRow(client.doc, table, id));
      else client.doc.transact(() => writeRow(client.doc, table, randomRow(table, id, next, current)));
    } else if (roll < 0.9) {
      const to = Math.floor(next() * 3);
      if (to !== who && connected[who] && connected[to]) deliver(who, to);
    } else {
      // A partition: one client drops off, or comes back.
      connected = connected.map((up, i) => (i === who ? !up : up));
    }
  }
  // Everyone reconnects; every queued update arrives, in a random order.
  let pending = true;
  while (pending) {
    pending = false;
    for (let from = 0; from < 3; from += 1)
      for (let to = 0; to < 3; to += 1)
        if (from !== to && clients[from]!.outbox[to]!.length > 0) {
          deliver(from, to);
          pending = true;
        }
  }
  return clients;
}

describe('three clients with partitions and reconnections in random order', () => {
  for (const seed of [1, 2, 3, 42, 1234, 2026]) {
    it(`converge, and each live projection equals one built from scratch (seed ${seed})`, { timeout: 60_000 }, () => {
      const clients = runScenario(seed);
      const snapshot = (client: Client) => TABLES.map((t) => [t, Object.fromEntries([...projectTable(client.doc, t)].sort())]);
      const reference = snapshot(clients[0]!);
      for (const client of clients) {
        expect(snapshot(client)).toEqual(reference);
        expect(TABLES.map((t) => [t, Object.fromEntries([...client.live.get(t)!].sort())])).toEqual(reference);
      }
      // The scenario did something: some rows survive.
      expect(reference.some(([, rows]) => Object.keys(rows as object).length > 0)).toBe(true);
    });
  }
});
