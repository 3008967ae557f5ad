import * as Y from 'yjs';

/**
 * Keeps words that two offline edits would otherwise lose in a shared note.
 *
 * `@lexical/yjs` (its first binding, the one the CollaborationPlugin uses) writes a paragraph as one
 * `Y.XmlText` in which each text node is a `Y.Map` of its format followed by its characters, and a
 * chip is an embedded `Y.XmlElement`. Yjs merges characters, not that convention: when one person
 * inserts a chip where the other typed, or deletes the text node the other typed into, the merged
 * paragraph can hold characters with no text node's map before them ("dangling text"), and the
 * binding deletes them. Giving such characters a map of their own, in the same transaction that
 * brought the remote change, turns them into a text node the binding keeps.
 */

type DeltaOp = { insert?: unknown };

/** The `__type` of a node's map (a text node, a tab, a line break), or null for anything else. */
function mapType(value: unknown): string | null {
  if (!(value instanceof Y.Map)) return null;
  const type = value.get('__type');
  return typeof type === 'string' ? type : null;
}

/**
 * A new plain text node, with the format and style of the nearest text node before it, else after it.
 * Only those two are copied: a tab's or a token's own keys would turn the words into that node.
 */
function newTextNodeProperties(ops: readonly DeltaOp[], at: number): Record<string, unknown> {
  const properties: Record<string, unknown> = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 };
  const nearest = [...ops.slice(0, at).reverse(), ...ops.slice(at + 1)].find((op) => mapType(op.insert) === 'text');
  if (nearest) {
    const map = nearest.insert as Y.Map<unknown>;
    for (const key of ['__format', '__style']) if (map.has(key)) properties[key] = map.get(key);
  }
  return properties;
}

/**
 * Yjs caches index-to-item positions in a text ("search markers") and drops them when a transaction
 * that brought remote items ends. Inside that transaction they still describe the text before the
 * merge, and an insert by index would land beside the place meant (seen: a key after it).
 */
function forgetCachedPositions(text: Y.XmlText): void {
  (text as unknown as { _searchMarker: unknown[] | null })._searchMarker?.splice(0);
}

type Change = { offset: number; insert?: Record<string, unknown> };

/**
 * Gives each run of characters in `text` that no text node owns a text node's map, and removes the
 * map of a text node left with no characters. Two people splitting (or repairing) the same run each
 * put a map at the same spot, and the first in the merged order is left empty. Lexical removes an
 * empty text node from its editor but, inside a remote change, not from the shared text, and the
 * binding's list of nodes then no longer matches the editor's. Both sides see the same merged order,
 * so both remove the same map. Returns how many maps it inserted or removed.
 * Must run inside a transaction, so that the binding sees one change.
 */
export function giveDanglingTextItsNode(text: Y.XmlText): number {
  forgetCachedPositions(text);
  const ops = text.toDelta() as DeltaOp[];
  const changes: Change[] = [];
  let offset = 0;
  // What owns the next characters: a text node, a tab (its one character), or nothing.
  let owner: 'text' | 'tab' | null = null;
  ops.forEach((op, i) => {
    const insert = op.insert;
    if (typeof insert === 'string') {
      // Consecutive string ops differ only by formatting attributes: one owner for all of them.
      const start = owner === 'tab' ? 1 : 0;
      if (owner !== 'text' && start < insert.length) changes.push({ offset: offset + start, insert: newTextNodeProperties(ops, i) });
      owner = 'text';
      offset += insert.length;
      return;
    }
    const type = mapType(insert);
    if (type === 'text' && typeof ops[i + 1]?.insert !== 'string') changes.push({ offset });
    owner = type === null || type === 'linebreak' ? null : type === 'tab' ? 'tab' : 'text';
    offset += 1;
  });
  // From the end, so earlier offsets stay right.
  for (const change of changes.reverse()) {
    if (!change.insert) {
      text.delete(change.offset, 1);
      continue;
    }
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(change.insert)) map.set(key, value);
    text.insertEmbed(change.offset, map);
  }
  return changes.length;
}

/** The paragraphs a transaction touched, and every one inside them (new ones are not in `changed`). */
function textsToCheck(transaction: Y.Transaction): Set<Y.XmlText> {
  const found = new Set<Y.XmlText>();
  const visit = (text: Y.XmlText) => {
    if (found.has(text) || text._item?.deleted) return;
    found.add(text);
    for (const op of text.toDelta() as DeltaOp[]) if (op.insert instanceof Y.XmlText) visit(op.insert);
  };
  for (const type of transaction.changed.keys()) if (type instanceof Y.XmlText) visit(type);
  return found;
}

/**
 * Gives a text node to every run of characters a transaction left without one, in every paragraph
 * it touched. Must run inside that transaction. Returns how many maps it inserted or removed.
 */
export function repairDanglingText(transaction: Y.Transaction): number {
  let repaired = 0;
  for (const text of textsToCheck(transaction)) repaired += giveDanglingTextItsNode(text);
  return repaired;
}
