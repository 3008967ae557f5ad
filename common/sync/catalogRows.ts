/**
 * The catalog document: one `Y.Map` per table, keyed by row id; each row is a `Y.Map` of its
 * fields (so two people changing different fields of one row both keep their change; the same
 * field resolves to one value, the same on every client), and each set field a nested `Y.Map` of
 * members (adds and removes merge member by member).
 *
 * Deletion leaves a tombstone: the row stays with `DELETED` holding what the row was when it was
 * deleted. The row is deleted for as long as it still equals that snapshot; an edit made by
 * someone who had not yet seen the deletion (a tag added offline, say) makes it differ, and the
 * row comes back with that edit and everything else it had. So "deleted by one while tagged by
 * another" ends with the passage present, both tags on it, on every client; a deletion that
 * everyone had seen stays a deletion. Nothing is removed from the document, so an undo or a later
 * edit can always bring a row back.
 */
import * as Y from 'yjs';
import { catalogTable, type CatalogTable } from './catalogTables';

export const DELETED = '__deleted';

export type Row = Record<string, unknown>;
type RowMap = Y.Map<unknown>;

export function tableMap(doc: Y.Doc, table: string): Y.Map<RowMap> {
  return doc.getMap<RowMap>(table);
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameJson(value, other[index]));
  }
  const keysA = Object.keys(a).filter((k) => (a as Row)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Row)[k] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => sameJson((a as Row)[key], (b as Row)[key]));
}

export { sameJson as sameRow };

/** The row's fields as the app stores them (set fields sorted), tombstone or not. */
function fieldsOf(rowMap: RowMap, table: CatalogTable): Row {
  const row: Row = {};
  for (const [field, value] of rowMap.entries()) {
    if (field === DELETED) continue;
    if (table.setFields.includes(field) && value instanceof Y.Map) row[field] = [...value.keys()].sort();
    else row[field] = value;
  }
  return row;
}

/** The row the app sees, or null when the catalog has no such row or it is deleted. */
export function projectRow(doc: Y.Doc, tableName: string, id: string): Row | null {
  const table = catalogTable(tableName);
  const rowMap = tableMap(doc, tableName).get(id);
  if (!rowMap) return null;
  const row = fieldsOf(rowMap, table);
  const tombstone = rowMap.get(DELETED);
  if (tombstone !== undefined && sameJson(tombstone, row)) return null;
  return row;
}

/** Every live row of a table, by id: the projection built from scratch. */
export function projectTable(doc: Y.Doc, tableName: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const id of tableMap(doc, tableName).keys()) {
    const row = projectRow(doc, tableName, id);
    if (row) rows.set(id, row);
  }
  return rows;
}

/**
 * Writes a row the app now holds into the catalog, field by field and only where it differs, so
 * writing back what the catalog itself projected changes nothing. Call inside `doc.transact`.
 */
export function writeRow(doc: Y.Doc, tableName: string, row: Row): void {
  const table = catalogTable(tableName);
  const rows = tableMap(doc, tableName);
  const id = table.idOf(row);
  let rowMap = rows.get(id);
  if (!rowMap) {
    rowMap = new Y.Map<unknown>();
    rows.set(id, rowMap);
  }
  const wasDeleted = projectRow(doc, tableName, id) === null && rowMap.has(DELETED);
  for (const [field, value] of Object.entries(row)) {
    if (value === undefined) continue;
    if (table.setFields.includes(field) && Array.isArray(value)) {
      let members = rowMap.get(field);
      if (!(members instanceof Y.Map)) {
        members = new Y.Map<boolean>();
        rowMap.set(field, members);
      }
      const set = members as Y.Map<boolean>;
      const wanted = new Set(value.map(String));
      for (const member of wanted) if (!set.has(member)) set.set(member, true);
      for (const member of [...set.keys()]) if (!wanted.has(member)) set.delete(member);
    } else if (!sameJson(rowMap.get(field), value)) {
      rowMap.set(field, value);
    }
  }
  for (const field of [...rowMap.keys()]) {
    if (field !== DELETED && !(field in row && row[field] !== undefined)) rowMap.delete(field);
  }
  // The app holds a row the catalog had deleted: it was brought back here (an undo, a restore).
  if (wasDeleted) rowMap.delete(DELETED);
}

/** The app no longer holds the row: leave a tombstone, unless the catalog already counts it deleted. */
export function deleteRow(doc: Y.Doc, tableName: string, id: string): void {
  const current = projectRow(doc, tableName, id);
  if (current === null) return;
  tableMap(doc, tableName).get(id)!.set(DELETED, current);
}

/** The ids of rows a Yjs change touched, by table (from `observeDeep` events on a table map). */
export function touchedRowIds(events: readonly Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
  const ids = new Set<string>();
  for (const event of events) {
    if (event.path.length === 0) for (const key of event.changes.keys.keys()) ids.add(key);
    else ids.add(String(event.path[0]));
  }
  return ids;
}
