/**
 * Which notebook tables the catalog document carries, how a row's id is made, and which fields
 * are sets (merged key by key, so two people adding different tags to one passage both keep theirs).
 * The search index, its change log and the drafts journal are local and never shared.
 */
export interface CatalogTable {
  readonly name: string;
  /** The row's id in the catalog (a string even for Dexie's compound keys). */
  readonly idOf: (row: Record<string, unknown>) => string;
  /** The Dexie primary key for a catalog id. */
  readonly dexieKey: (id: string) => string | [string, string];
  /** Array fields merged as sets; projected sorted, so every client lists them in one order. */
  readonly setFields: readonly string[];
}

const byField = (field: string) => (row: Record<string, unknown>) => String(row[field]);
const plain = (id: string): string => id;

export const CATALOG_TABLES: readonly CatalogTable[] = [
  { name: 'sources', idOf: byField('id'), dexieKey: plain, setFields: [] },
  // Versions are keyed by the SHA-256 of their text: each text travels once and is checked on receipt.
  { name: 'versions', idOf: byField('hash'), dexieKey: plain, setFields: [] },
  { name: 'passages', idOf: byField('id'), dexieKey: plain, setFields: ['tags'] },
  { name: 'tags', idOf: byField('name'), dexieKey: plain, setFields: [] },
  { name: 'notes', idOf: byField('id'), dexieKey: plain, setFields: [] },
  {
    name: 'noteLinks',
    idOf: (row) => `${String(row.noteId)}\u0000${String(row.targetId)}`,
    dexieKey: (id) => {
      const [noteId, targetId] = id.split('\u0000');
      return [noteId ?? '', targetId ?? ''];
    },
    setFields: [],
  },
  { name: 'events', idOf: byField('id'), dexieKey: plain, setFields: ['actorIds'] },
  { name: 'evidence', idOf: byField('id'), dexieKey: plain, setFields: [] },
  { name: 'entities', idOf: byField('id'), dexieKey: plain, setFields: ['aliases'] },
];

export const CATALOG_TABLE_NAMES: ReadonlySet<string> = new Set(CATALOG_TABLES.map((t) => t.name));

export function catalogTable(name: string): CatalogTable {
  const table = CATALOG_TABLES.find((t) => t.name === name);
  if (!table) throw new Error(`Not a catalog table: ${name}`);
  return table;
}

/** The catalog id of a Dexie key, as the change log reports it. */
export function catalogIdOfKey(table: CatalogTable, key: unknown): string {
  return Array.isArray(key) ? key.map(String).join('\u0000') : String(key);
}
