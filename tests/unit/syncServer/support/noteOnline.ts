import WebSocket from 'ws';
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { signInvitation } from '@common/sync/invitationToken';
import { noteDocumentName } from '@common/sync/documentNames';
import { repairOnReceipt } from '@common/sync/repairOnReceipt';
import { person, type Person } from '../../sync/support/notePeople';
import { until } from './testServer';

/** A person's note editor (tests/unit/sync/support/notePeople.ts) synced through a real server. */
export interface Online {
  p: Person;
  provider: HocuspocusProvider;
}

/**
 * Opens note `noteId` of notebook `nb1` on the server at `url` as the app does (its provider merges
 * and repairs what arrives: common/sync/repairOnReceipt.ts), once synced. `providers` collects the
 * provider so the tests' teardown closes it.
 */
export async function joinNote(url: string, secret: string, providers: HocuspocusProvider[], noteId: string, clientID: number): Promise<Online> {
  const p = person(clientID);
  const provider = new HocuspocusProvider({
    url,
    name: noteDocumentName('nb1', noteId),
    document: p.doc,
    token: await signInvitation({ notebook: 'nb1', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, secret),
    WebSocketPolyfill: WebSocket,
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  repairOnReceipt(provider, p.doc);
  providers.push(provider);
  await until(() => provider.isSynced, 'the first sync');
  return { p, provider };
}

/** Offline once the socket is closed: a connect() before that is ignored (the socket is still open). */
export async function offline(o: Online): Promise<void> {
  o.provider.disconnect();
  await until(() => o.provider.configuration.websocketProvider.status === WebSocketStatus.Disconnected, 'offline');
}
