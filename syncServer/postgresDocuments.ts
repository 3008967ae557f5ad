import { Database } from '@hocuspocus/extension-database';
import pg from 'pg';
import * as Y from 'yjs';

/**
 * Documents in a PostgreSQL shared by every node (`--postgres URL`): one row per document holding
 * its Yjs state. A store merges the node's state into the stored one inside a transaction holding
 * the row lock, instead of overwriting it: two nodes storing at once each add what they have, so a
 * node that has not yet received another node's latest update never writes it away.
 */
export function postgresDocuments(url: string): { extension: Database; close: () => Promise<void> } {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  const createTable = () =>
    pool.query('CREATE TABLE IF NOT EXISTS verbatim_documents (name text PRIMARY KEY, state bytea NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())');
  // Two nodes starting at once can both try to create the table, and PostgreSQL then refuses one of
  // them (a duplicate catalog entry) even with IF NOT EXISTS: the second try sees the table.
  const ready = createTable().catch(() => createTable());
  const extension = new Database({
    async fetch({ documentName }) {
      await ready;
      const result = await pool.query<{ state: Buffer }>('SELECT state FROM verbatim_documents WHERE name = $1', [documentName]);
      return result.rows[0] ? new Uint8Array(result.rows[0].state) : null;
    },
    async store({ documentName, state }) {
      await ready;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Makes sure the row exists, so the SELECT … FOR UPDATE below always has a row to lock.
        await client.query('INSERT INTO verbatim_documents (name, state) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [documentName, state]);
        const stored = await client.query<{ state: Buffer }>('SELECT state FROM verbatim_documents WHERE name = $1 FOR UPDATE', [documentName]);
        const merged = Y.mergeUpdates([new Uint8Array(stored.rows[0]!.state), new Uint8Array(state)]);
        await client.query('UPDATE verbatim_documents SET state = $2, updated_at = now() WHERE name = $1', [documentName, Buffer.from(merged)]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
  });
  return { extension, close: () => pool.end() };
}
