import Dexie, { type Table } from 'dexie';
import { applyMigrations } from './migrations';
import type { SourceRow, SourceVersionRow } from './schema';

export class NotebookDb extends Dexie {
  sources!: Table<SourceRow, string>;
  versions!: Table<SourceVersionRow, string>;

  /** `upTo` opens an older schema version: only the migration tests use it. */
  constructor(name = 'verbatim', upTo?: number) {
    super(name);
    applyMigrations(this, upTo);
  }
}

/** The app's one database instance. */
export const db = new NotebookDb();
