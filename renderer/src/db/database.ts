import Dexie, { type Table } from 'dexie';
import { applyMigrations } from './migrations';
import { bulkWriteObservation } from './bulkWriteObservation';
import { searchChangeLog } from './searchChangeLog';
import { syncChangeFeed } from './syncChangeFeed';
import type { EntityRow, EventRow, EvidenceRow, NoteLinkRow, NoteRow, PassageRow, SourceRow, SourceVersionRow, TagRow } from './schema';

export class NotebookDb extends Dexie {
  sources!: Table<SourceRow, string>;
  versions!: Table<SourceVersionRow, string>;
  passages!: Table<PassageRow, string>;
  tags!: Table<TagRow, string>;
  notes!: Table<NoteRow, string>;
  noteLinks!: Table<NoteLinkRow, [string, string]>;
  events!: Table<EventRow, string>;
  evidence!: Table<EvidenceRow, string>;
  entities!: Table<EntityRow, string>;

  /** `upTo` opens an older schema version: only the migration tests use it. */
  constructor(name = 'verbatim', upTo?: number) {
    super(name);
    applyMigrations(this, upTo);
    // Every write to a searched table is logged for the search index (see searchChangeLog).
    this.use(searchChangeLog);
    // Writes to shared tables reach the catalog of a shared notebook (see sync/catalogProjection).
    this.use(syncChangeFeed);
    // A write of many rows tells live queries "this table changed", not each key (see bulkWriteObservation).
    this.use(bulkWriteObservation);
  }
}

/** The app's one database instance. */
export const db = new NotebookDb();
