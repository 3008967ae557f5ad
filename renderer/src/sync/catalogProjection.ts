import Dexie, { type Table } from 'dexie';
import * as Y from 'yjs';
import { deleteRow, projectRow, sameRow, tableMap, touchedRowIds, writeRow, type Row } from '@common/sync/catalogRows';
import { CATALOG_TABLES, catalogIdOfKey, catalogTable } from '@common/sync/catalogTables';
import type { NotebookDb } from '../db/database';
import { reanchorRow } from '../db/reanchorPassages';
import type { PassageRow } from '../db/schema';
import { onSyncedTableChange } from '../db/syncChangeFeed';

/** The origin of catalog changes made from this window's own Dexie writes. */
export const LOCAL_ORIGIN = 'verbatim-local-tables';

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type Pending = Map<string, Set<string> | 'all'>;

function add(pending: Pending, table: string, ids: Iterable<string> | 'all'): void {
  if (ids === 'all') {
    pending.set(table, 'all');
    return;
  }
  const current = pending.get(table);
  if (current === 'all') return;
  const set = current ?? new Set<string>();
  for (const id of ids) set.add(id);
  pending.set(table, set);
}

/**
 * Keeps the notebook's Dexie tables and the shared catalog document in step, both ways: rows the
 * app writes go into the catalog field by field; rows the catalog gains or changes (from the server
 * or from this client's own stored copy) are written to Dexie, which the app keeps reading. Both
 * directions run in one queue, local writes first, so a remote change is never written over a local
 * edit that has not reached the catalog yet. Writing what the other side already has changes
 * nothing, so the echo of each direction stops at once.
 *
 * A source version is stored only if its text hashes to its id (SHA-256): a version altered on the
 * way is refused, reported, and never reaches the library.
 */
export class CatalogProjection {
  private readonly local: Pending = new Map();
  private readonly remote: Pending = new Map();
  private running: Promise<void> | null = null;
  private stopped = false;
  private readonly unsubscribers: (() => void)[] = [];
  readonly refusedVersions = new Set<string>();

  constructor(
    private readonly db: NotebookDb,
    private readonly doc: Y.Doc,
    private readonly onRefused: (message: string) => void = () => {},
  ) {}

  start(): void {
    this.unsubscribers.push(
      onSyncedTableChange(({ database, table, keys }) => {
        if (database !== this.db.name) return;
        const config = catalogTable(table);
        add(this.local, table, keys === null ? 'all' : keys.map((key) => catalogIdOfKey(config, key)));
        // Called inside the writer's transaction: the pass must not inherit it (it ends before the pass runs).
        void Dexie.ignoreTransaction(() => this.schedule());
      }),
    );
    for (const table of CATALOG_TABLES) {
      const map = tableMap(this.doc, table.name);
      const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void => {
        if (transaction.origin === LOCAL_ORIGIN) return;
        add(this.remote, table.name, touchedRowIds(events));
        this.schedule();
      };
      map.observeDeep(observer);
      this.unsubscribers.push(() => map.unobserveDeep(observer));
    }
  }

  stop(): void {
    this.stopped = true;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
  }

  /** Puts every row of the notebook into the catalog (sharing a notebook). */
  pushAll(): Promise<void> {
    for (const table of CATALOG_TABLES) add(this.local, table.name, 'all');
    return this.schedule();
  }

  /** Writes every catalog row into Dexie (joining, or catching up at start). */
  projectAll(): Promise<void> {
    for (const table of CATALOG_TABLES) add(this.remote, table.name, tableMap(this.doc, table.name).keys());
    return this.schedule();
  }

  /** Resolves once both directions have nothing left to do. */
  async whenIdle(): Promise<void> {
    while (this.running) await this.running;
  }

  private schedule(): Promise<void> {
    if (!this.running) {
      this.running = (async () => {
        // Let a burst of writes gather into one pass.
        await new Promise((resolve) => setTimeout(resolve, 0));
        try {
          while (!this.stopped && (this.local.size > 0 || this.remote.size > 0)) {
            await this.pushLocal();
            await this.projectRemote();
          }
        } finally {
          this.running = null;
        }
      })();
    }
    return this.running;
  }

  private async pushLocal(): Promise<void> {
    const batch = new Map(this.local);
    this.local.clear();
    const writes: [string, string, Row | undefined][] = [];
    for (const [tableName, ids] of batch) {
      const table = catalogTable(tableName);
      const dexie = this.db.table(tableName) as Table<Row, unknown>;
      if (ids === 'all') {
        const rows = await dexie.toArray();
        const present = new Set(rows.map((row) => table.idOf(row)));
        for (const row of rows) writes.push([tableName, table.idOf(row), row]);
        for (const id of tableMap(this.doc, tableName).keys()) if (!present.has(id)) writes.push([tableName, id, undefined]);
      } else {
        const idList = [...ids];
        const rows = await dexie.bulkGet(idList.map((id) => table.dexieKey(id)));
        idList.forEach((id, index) => writes.push([tableName, id, rows[index]]));
      }
    }
    if (writes.length === 0) return;
    this.doc.transact(() => {
      for (const [tableName, id, row] of writes) {
        if (row) writeRow(this.doc, tableName, row);
        else deleteRow(this.doc, tableName, id);
      }
    }, LOCAL_ORIGIN);
    // The catalog may hold more than the row had (another person's field): project it back.
    for (const [tableName, id] of writes) add(this.remote, tableName, [id]);
  }

  private async projectRemote(): Promise<void> {
    const batch = new Map(this.remote);
    this.remote.clear();
    const plans: { tableName: string; puts: Row[]; deletes: unknown[]; ids: string[] }[] = [];
    for (const [tableName, ids] of batch) {
      if (ids === 'all') continue; // only local changes come as whole tables
      const waiting = this.local.get(tableName);
      // Rows with a local write still queued are projected after that write reaches the catalog.
      const idList = [...ids].filter((id) => waiting !== 'all' && !waiting?.has(id));
      if (idList.length === 0) continue;
      const puts: Row[] = [];
      const deletes: unknown[] = [];
      const table = catalogTable(tableName);
      for (const id of idList) {
        const row = projectRow(this.doc, tableName, id);
        if (row && tableName === 'versions' && !(await this.versionChecks(id, row))) continue;
        if (row) puts.push(row);
        else deletes.push(table.dexieKey(id));
      }
      plans.push({ tableName, puts, deletes, ids: idList });
    }
    if (plans.length === 0) return;
    // Sources whose rows arrived: a passage on one of them may now be behind the source's current version.
    const sourceIds = new Set<string>();
    for (const { tableName, puts } of plans) {
      for (const row of puts) {
        if (tableName === 'sources' && typeof row.id === 'string') sourceIds.add(row.id);
        else if ((tableName === 'passages' || tableName === 'versions') && typeof row.sourceId === 'string') sourceIds.add(row.sourceId);
      }
    }
    await this.db.transaction('rw', plans.map((p) => p.tableName), async () => {
      for (const { tableName, puts, deletes } of plans) {
        const table = catalogTable(tableName);
        const dexie = this.db.table(tableName) as Table<Row, unknown>;
        const currentPuts = await dexie.bulkGet(puts.map((row) => table.dexieKey(table.idOf(row))));
        // A local write that committed since the plan was made (a rename typed meanwhile, its
        // transaction queued before this one) is newer than the catalog's row: it goes to the catalog
        // first, and the row is projected after. Checked here, once every earlier write has run.
        const waiting = this.local.get(tableName);
        const untouched = (id: string) => waiting !== 'all' && !waiting?.has(id);
        const changed = puts.filter((row, index) => untouched(table.idOf(row)) && !sameRow(currentPuts[index], row));
        if (changed.length > 0) await dexie.bulkPut(changed);
        if (deletes.length > 0) {
          const present = await dexie.bulkGet(deletes);
          const gone = deletes.filter((_, index) => present[index] !== undefined && untouched(table.idOf(present[index]!)));
          if (gone.length > 0) await dexie.bulkDelete(gone);
        }
      }
    });
    await this.reanchorBehind(sourceIds);
  }

  /**
   * A client offline while a source got a new version elsewhere ends with passages on the old
   * version (its own, made offline, or the other's, made on the old text): they are re-anchored
   * onto the current version exactly as a local import does (same function; moved, fuzzy and
   * orphaned passages go to review). Every client computes the same selector from the same texts,
   * so the results agree. Orphans keep their old version, as after an import, and are not retried
   * here (that would rewrite them at every pass). A version whose text has not arrived yet is
   * waited for: its arrival brings the source here again.
   */
  private async reanchorBehind(sourceIds: Set<string>): Promise<void> {
    if (sourceIds.size === 0) return;
    const at = new Date().toISOString();
    await this.db.transaction('rw', [this.db.sources, this.db.versions, this.db.passages], async () => {
      const sources = (await this.db.sources.bulkGet([...sourceIds])).filter((s) => s !== undefined);
      const current = new Map(sources.map((s) => [s.id, s.hash]));
      const behind = (await this.db.passages.where('sourceId').anyOf([...current.keys()]).toArray()).filter(
        (p) => p.status !== 'orphaned' && p.versionHash !== current.get(p.sourceId),
      );
      if (behind.length === 0) return;
      const hashes = [...new Set([...behind.map((p) => current.get(p.sourceId)!), ...behind.map((p) => p.versionHash)])];
      const versions = new Map((await this.db.versions.bulkGet(hashes)).filter((v) => v !== undefined).map((v) => [v.hash, v]));
      const updated: PassageRow[] = [];
      for (const passage of behind) {
        const target = versions.get(current.get(passage.sourceId)!);
        const from = versions.get(passage.versionHash);
        // Only forward: a passage already on a newer version than this client's source row (that
        // row's change is still on its way) is left alone.
        if (!target || !from || from.importedAt > target.importedAt) continue;
        updated.push(reanchorRow(passage, target.hash, target.text, at));
      }
      if (updated.length > 0) await this.db.passages.bulkPut(updated);
    });
  }

  private async versionChecks(hash: string, row: Row): Promise<boolean> {
    if (typeof row.text === 'string' && (await sha256Hex(row.text)) === hash) {
      this.refusedVersions.delete(hash);
      return true;
    }
    if (!this.refusedVersions.has(hash)) {
      this.refusedVersions.add(hash);
      this.onRefused(`A source version received from the server does not match its SHA-256 (${hash.slice(0, 12)}…) and was not stored.`);
    }
    return false;
  }
}
