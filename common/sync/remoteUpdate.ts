import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Hocuspocus's message type for the Yjs sync protocol, and that protocol's two kinds that carry an update. */
const SYNC_MESSAGE = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a message from the sync server carries (the answer to our state, or a change), or
 * null for any other message. A message is the document's name, Hocuspocus's message type, then
 * y-protocols' sync message: its kind and the update.
 */
export function updateInMessage(data: Uint8Array | ArrayBuffer): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC_MESSAGE) return null;
    const kind = decoding.readVarUint(decoder);
    if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}

/** Yjs's set of deleted id ranges (its class is not exported by name). */
export type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** What an update itself says it deletes (not what its deletions take with them where it lands). */
export function deletionsNamedBy(update: Uint8Array): DeleteSet {
  return Y.decodeUpdate(update).ds;
}
