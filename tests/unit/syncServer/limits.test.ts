import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { serverForTheseTests, until as untilWithin } from './support/testServer';
import { signInvitation } from '@common/sync/invitationToken';
import { catalogDocumentName } from '@common/sync/documentNames';

const SECRET = 'limits-secret-0123456789';
// 0.05 MiB = 52,429 bytes per message; 20 messages a second, 100 at once.
const served = serverForTheseTests(['--max-message-mb', '0.05', '--rate', '20', '--burst', '100'], SECRET);
const providers = served.providers;
const LIMIT_BYTES = Math.round(0.05 * 1024 * 1024);

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  closes: { code: number; reason: string }[];
}

async function connect(notebook: string): Promise<Client> {
  const token = await signInvitation({ notebook, role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
  const doc = new Y.Doc();
  const closes: { code: number; reason: string }[] = [];
  const provider = new HocuspocusProvider({
    url: served.url,
    name: catalogDocumentName(notebook),
    document: doc,
    token,
    WebSocketPolyfill: WebSocket,
    onClose: ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: event.reason }),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  providers.push(provider);
  return { doc, provider, closes };
}

const until = (condition: () => boolean, what: string): Promise<void> => untilWithin(condition, what);

/** The server is up and passing edits: one editor's tag reaches another, both freshly connected. */
async function serverStillServes(notebook: string, tag: string): Promise<void> {
  const [a, b] = [await connect(notebook), await connect(notebook)];
  await until(() => a.provider.isSynced && b.provider.isSynced, 'two fresh clients synced');
  a.doc.getMap('tags').set(tag, { ok: true });
  await until(() => b.doc.getMap('tags').has(tag), `the tag ${tag} passed on`);
}


describe('limits per connection', () => {
  it('refuses a message over --max-message-mb with the reason "message-too-large", keeps none of it, and stays up', { timeout: 60_000 }, async () => {
    const sender = await connect('big');
    const witness = await connect('big');
    await until(() => sender.provider.isSynced && witness.provider.isSynced, 'both synced');
    sender.doc.getText('body').insert(0, 'x'.repeat(LIMIT_BYTES + 1000));
    await until(() => sender.closes.some((c) => c.reason === 'message-too-large'), 'the refusal');
    sender.provider.destroy();
    await serverStillServes('big', 'after-big');
    expect(witness.doc.getText('body').length).toBe(0);
    // A message just under the limit goes through.
    const fits = await connect('big');
    await until(() => fits.provider.isSynced, 'synced');
    fits.doc.getText('body').insert(0, 'y'.repeat(LIMIT_BYTES - 1000));
    await until(() => witness.doc.getText('body').length === LIMIT_BYTES - 1000, 'the fitting text at the witness');
  });

  it('closes a far larger message at the socket with code 1009 (message too big), and stays up', { timeout: 60_000 }, async () => {
    const sender = await connect('huge');
    await until(() => sender.provider.isSynced, 'synced');
    sender.doc.getText('body').insert(0, 'z'.repeat(LIMIT_BYTES * 4));
    await until(() => sender.closes.some((c) => c.code === 1009), 'the socket closed with 1009');
    sender.provider.destroy();
    await serverStillServes('huge', 'after-huge');
  });

  it('refuses a flood of messages with the reason "rate-limited", and stays up for others', { timeout: 60_000 }, async () => {
    const flooder = await connect('flood');
    const witness = await connect('flood');
    await until(() => flooder.provider.isSynced && witness.provider.isSynced, 'both synced');
    // One transaction, one message: 400 of them at once, four times the burst of 100.
    for (let i = 0; i < 400; i += 1) flooder.doc.getMap('tags').set(`t${i}`, i);
    await until(() => flooder.closes.some((c) => c.reason === 'rate-limited'), 'the refusal');
    flooder.provider.destroy();
    await serverStillServes('flood', 'after-flood');
  });
});
