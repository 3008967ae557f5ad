import { SQLite, upsertQuery } from '@hocuspocus/extension-sqlite';

/**
 * Hocuspocus's SQLite extension, with a store that waits for the row to be written. The
 * extension's own store starts the write and returns at once, so `afterStoreDocument` (where the
 * update journal drops what the store covers) could run before the row is on disk, and a failed
 * write surfaced as an uncaught error that stopped the server. Here a failed write is a failed
 * store: Hocuspocus logs it, the journal keeps the updates, and the next change stores again.
 * The database is closed when the server stops.
 */
export class SqliteDocuments extends SQLite {
  constructor(database: string) {
    super({ database });
    this.configuration.store = ({ documentName, state }) =>
      new Promise<void>((resolve, reject) => {
        if (!this.db) return reject(new Error('the SQLite database is not open'));
        this.db.run(upsertQuery, { $name: documentName, $data: state }, (error: Error | null) => (error ? reject(error) : resolve()));
      });
  }

  async onDestroy(): Promise<void> {
    const db = this.db;
    this.db = undefined;
    if (db) await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}
