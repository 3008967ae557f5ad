import type * as Y from 'yjs';
import { applyKeepingDanglingText } from './danglingText';
import { deletionsNamedBy, updateInMessage } from './remoteUpdate';

/** The two members of a Hocuspocus provider that receiving goes through. */
export interface ReceivingProvider {
  onMessage(event: { data: unknown }): void;
  documentUpdateHandler(update: Uint8Array, origin: unknown): void;
}

/** The origin of a repair sent on: not the provider's own, so the provider sends it. */
export const REPAIR_ORIGIN = { repairs: 'a change from elsewhere' };

/**
 * Makes a note's provider merge what arrives from the server and repair it in one transaction: text
 * without its text node gets one (danglingText.ts), and words typed here into a paragraph deleted
 * elsewhere come back (orphanedWords.ts). The repair is sent on to the server.
 */
export function repairOnReceipt(provider: ReceivingProvider, doc: Y.Doc): void {
  const receive = provider.onMessage.bind(provider);
  provider.onMessage = (event) => {
    const update = event.data instanceof Uint8Array || event.data instanceof ArrayBuffer ? updateInMessage(event.data) : null;
    const repair = applyKeepingDanglingText(doc, provider, () => receive(event), update ? deletionsNamedBy(update) : null);
    if (repair) provider.documentUpdateHandler(repair, REPAIR_ORIGIN);
  };
}
