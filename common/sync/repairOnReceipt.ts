import * as Y from 'yjs';
import { repairDanglingText } from './danglingText';
import { orphanedWords, writeRescuedWords } from './orphanedWords';
import { deletionsNamedBy, updateInMessage, type DeleteSet } from './remoteUpdate';

/** The two members of a Hocuspocus provider that receiving goes through. */
export interface ReceivingProvider {
  onMessage(event: { data: unknown }): void;
  documentUpdateHandler(update: Uint8Array, origin: unknown): void;
}

/** The origin of a repair sent on: not the provider's own, so the provider sends it. */
export const REPAIR_ORIGIN = { repairs: 'a change from elsewhere' };

/**
 * Applies a change from elsewhere (`apply`) to a note's document and repairs it in the same
 * transaction, so the editor's binding never sees text without its text node (danglingText.ts).
 * Given what the change's update itself deletes (`named`), words of this note it deleted only with
 * their paragraph come back as a paragraph of their own (orphanedWords.ts). Returns the repair as an
 * update to send on (the provider does not send back what came with its own origin), or null.
 */
export function applyRepaired(doc: Y.Doc, origin: unknown, apply: () => void, named: DeleteSet | null = null): Uint8Array | null {
  let before: Uint8Array | null = null;
  Y.transact(doc, (transaction) => {
    apply();
    const stateVector = Y.encodeStateVector(doc);
    let repaired = 0;
    if (named) {
      const root = doc.get('root', Y.XmlText);
      const rescued = orphanedWords(transaction, root, named);
      writeRescuedWords(root, rescued);
      repaired += rescued.length;
    }
    repaired += repairDanglingText(transaction);
    if (repaired === 0) return;
    before = stateVector;
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
  return before ? Y.encodeStateAsUpdate(doc, before) : null;
}

/**
 * Makes a note's provider merge what arrives from the server and repair it in one transaction: text
 * without its text node gets one (danglingText.ts), and words typed here into a paragraph deleted
 * elsewhere come back (orphanedWords.ts). The repair is sent on to the server.
 */
export function repairOnReceipt(provider: ReceivingProvider, doc: Y.Doc): void {
  const receive = provider.onMessage.bind(provider);
  provider.onMessage = (event) => {
    const update = event.data instanceof Uint8Array || event.data instanceof ArrayBuffer ? updateInMessage(event.data) : null;
    const repair = applyRepaired(doc, provider, () => receive(event), update ? deletionsNamedBy(update) : null);
    if (repair) provider.documentUpdateHandler(repair, REPAIR_ORIGIN);
  };
}
