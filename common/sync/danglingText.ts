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

/** The keys a text node's map holds when there is no text node to copy them from. */
const PLAIN_TEXT_NODE: Readonly<Record<string, unknown>> = { __type: 'text', __format: 0, __style: '', __mode: 0, __detail: 0 };

type DeltaOp = { insert?: unknown };

function isTextNodeMap(value: unknown): value is Y.Map<unknown> {
  if (!(value instanceof Y.Map)) return false;
  const type = value.get('__type');
  // A line break is a map too, but carries no characters after it.
  return typeof type === 'string' && type !== 'linebreak';
}

/** The properties a new text node takes: those of the nearest text node before it, else after it. */
function textNodeProperties(ops: readonly DeltaOp[], at: number): Record<string, unknown> {
  for (let i = at - 1; i >= 0; i--) if (isTextNodeMap(ops[i]!.insert)) return (ops[i]!.insert as Y.Map<unknown>).toJSON();
  for (let i = at + 1; i < ops.length; i++) if (isTextNodeMap(ops[i]!.insert)) return (ops[i]!.insert as Y.Map<unknown>).toJSON();
  return { ...PLAIN_TEXT_NODE };
}

/**
 * Yjs caches index-to-item positions in a text ("search markers") and drops them when a transaction
 * that brought remote items ends. Inside that transaction they still describe the text before the
 * merge, and an insert by index would land beside the place meant (seen: a key after it).
 */
function forgetCachedPositions(text: Y.XmlText): void {
  (text as unknown as { _searchMarker: unknown[] | null })._searchMarker?.splice(0);
}

/**
 * Inserts a text node's map before each run of characters in `text` that has none. Returns how many
 * it inserted. Must run inside a transaction, so that the binding sees one change.
 */
export function giveDanglingTextItsNode(text: Y.XmlText): number {
  forgetCachedPositions(text);
  const ops = text.toDelta() as DeltaOp[];
  const inserts: { offset: number; properties: Record<string, unknown> }[] = [];
  let offset = 0;
  let previous: unknown = null;
  ops.forEach((op, i) => {
    if (typeof op.insert === 'string') {
      // Consecutive string ops differ only by formatting attributes; the first one decides.
      if (typeof previous !== 'string' && !isTextNodeMap(previous)) inserts.push({ offset, properties: textNodeProperties(ops, i) });
      offset += op.insert.length;
    } else {
      offset += 1;
    }
    previous = op.insert;
  });
  // From the end, so earlier offsets stay right.
  for (const { offset: at, properties } of inserts.reverse()) {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(properties)) map.set(key, value);
    text.insertEmbed(at, map);
  }
  return inserts.length;
}

/**
 * Applies a change from elsewhere (`apply`) to a note's document and repairs dangling text in the
 * same transaction, so the editor's binding never sees it. When a repair was needed, the
 * transaction's origin becomes `repairOrigin`: the provider then sends it on (it never sends back
 * what came with its own origin), and the other side, which merged the same way, converges.
 */
export function applyKeepingDanglingText(doc: Y.Doc, origin: unknown, repairOrigin: unknown, apply: () => void): number {
  let repaired = 0;
  Y.transact(doc, (transaction) => {
    apply();
    for (const type of [...transaction.changed.keys()]) {
      if (type instanceof Y.XmlText && !type._item?.deleted) repaired += giveDanglingTextItsNode(type);
    }
    if (repaired === 0) return;
    transaction.origin = repairOrigin;
    // Applying an update marked the transaction remote, which the observers must see (a remote
    // change resets each text's cached positions). Once they ran, it is marked local: Yjs takes
    // new items of this client's id in a remote transaction for another client using that id,
    // and would change the document's client id.
    const markLocal = (ended: Y.Transaction) => {
      if (ended !== transaction) return;
      ended.local = true;
      doc.off('afterTransaction', markLocal);
    };
    doc.on('afterTransaction', markLocal);
  }, origin);
  return repaired;
}
