import * as Y from 'yjs';
import type { Extension, afterLoadDocumentPayload } from '@hocuspocus/server';
import { isNoteDocument } from '../common/sync/documentNames';
import type { DeleteSet } from '../common/sync/remoteUpdate';
import { orphanedWords, writeRescuedWords } from '../common/sync/orphanedWords';

/** The origin of the server's rescues (sent to every client, and to the other nodes). */
export const RESCUE_ORIGIN = 'verbatim:rescued-words';

/** The event our patch of @hocuspocus/server emits with an update as its sender wrote it, before applying it. */
const BEFORE_REMOTE_UPDATE = 'verbatim:beforeRemoteUpdate';

type DeleteSetRanges = Map<number, { clock: number; len: number }[]>;

/** The id ranges of an update's items, as a delete set (the structure Yjs answers "is this id in it" with). */
function rangesOf(structs: readonly { id: Y.ID; length: number }[]): DeleteSet {
  const set = Y.createDeleteSet();
  const clients = set.clients as unknown as DeleteSetRanges;
  for (const struct of structs) {
    const ranges = clients.get(struct.id.client) ?? [];
    ranges.push({ clock: struct.id.clock, len: struct.length });
    clients.set(struct.id.client, ranges);
  }
  return set;
}

/**
 * Rescues, in a note's document on the server, words typed into a paragraph whose deletion did not
 * name them (common/sync/orphanedWords.ts): the words reached the server before the deletion did.
 *
 * On several nodes an update also arrives from another node (through Redis, under a string origin),
 * as that node's whole delete set. There, words are rescued only by the node they first reached
 * from their writer: a third node holding them too would otherwise rescue them a second time.
 */
export function watchForOrphanedWords(doc: Y.Doc): void {
  const root = doc.get('root', Y.XmlText);
  let receivedHere = Y.createDeleteSet();
  let pending: { origin: unknown; named: DeleteSet; fromAnotherNode: boolean } | null = null;
  const events = doc as unknown as { on(name: string, listener: (...args: unknown[]) => void): void };
  events.on(BEFORE_REMOTE_UPDATE, (update, origin) => {
    // A throw here would stop the update from being applied: never let one out.
    try {
      const decoded = Y.decodeUpdate(update as Uint8Array);
      const fromAnotherNode = typeof origin === 'string';
      if (!fromAnotherNode) receivedHere = Y.mergeDeleteSets([receivedHere, rangesOf(decoded.structs)]);
      pending = { origin, named: decoded.ds, fromAnotherNode };
    } catch (error) {
      pending = null;
      console.error('[rescue] could not read an update', error);
    }
  });
  doc.on('afterTransaction', (transaction) => {
    const current = pending;
    pending = null;
    if (!current || transaction.origin !== current.origin) return;
    try {
      const here = receivedHere;
      const mayRescue = current.fromAnotherNode ? (client: number, clock: number) => Y.isDeleted(here, { client, clock } as Y.ID) : undefined;
      // A transaction of its own, after this one (Yjs runs it once this one is cleaned up).
      writeRescuedWords(root, orphanedWords(transaction, root, current.named, mayRescue), RESCUE_ORIGIN);
    } catch (error) {
      console.error('[rescue] could not rescue words', error);
    }
  });
}

/** The Hocuspocus extension: every note's document is watched from the moment it is loaded. */
export class RescueOrphanedWords implements Extension {
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    if (isNoteDocument(documentName)) watchForOrphanedWords(document);
  }
}
