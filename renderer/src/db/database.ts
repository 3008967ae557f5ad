import Dexie, { type Table } from 'dexie';
import { applyMigrations } from './migrations';
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
  }
}

/** The app's one database instance. */
export const db = new NotebookDb();
