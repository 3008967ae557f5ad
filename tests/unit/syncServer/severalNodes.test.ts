import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Server } from '@hocuspocus/server';
import { createSyncServer } from '../../../syncServer/createSyncServer';
import { parseSyncServerArgs } from '../../../syncServer/parseArgs';
import { signInvitation } from '@common/sync/invitationToken';
import { catalogDocumentName, noteDocumentName } from '@common/sync/documentNames';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical';
import { repairOnReceipt } from '@common/sync/repairOnReceipt';
import { json, person, write, type Person } from '../sync/support/notePeople';
import { startPostgres, startRedis, type LocalService } from './support/localServices';

const SECRET = 'nodes-test-secret-0123456789';
const services: LocalService[] = [];
const servers: Server[] = [];
const dirs: string[] = [];
const providers: HocuspocusProvider[] = [];
let unavailable: string | null = null;
let redisUrl = '';
let postgresUrl = '';

async function startNode(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-node-'));
  dirs.push(dir);
  const server = createSyncServer(parseSyncServerArgs(['--port', '0', '--data', dir, '--redis', redisUrl, '--postgres', postgresUrl]), SECRET);
  await server.listen();
  servers.push(server);
  return `ws://127.0.0.1:${server.address.port}`;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  const redis = await startRedis();
  if (!redis.ok) return void (unavailable = redis.reason);
  services.push(redis.service);
  const postgres = await startPostgres();
  if (!postgres.ok) return void (unavailable = postgres.reason);
  services.push(postgres.service);
  redisUrl = redis.service.url;
  postgresUrl = postgres.service.url;
}, 120_000);

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  for (const server of servers) await server.destroy();
  for (const service of services.reverse()) await service.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('several sync server nodes behind Redis, documents in PostgreSQL', () => {
  it('lets 3 clients on 2 nodes see each other’s edits, and a new node serves them from PostgreSQL', { timeout: 120_000 }, async (ctx) => {
    if (unavailable) return ctx.skip(`${unavailable}: skipped`);
    const [first, second] = [await startNode(), await startNode()];
    const token = await signInvitation({ notebook: 'team', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
    const connect = (url: string, name: string) => {
      const doc = new Y.Doc();
      const provider = new HocuspocusProvider({ url, name, document: doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      providers.push(provider);
      return { doc, provider };
    };
    const catalog = catalogDocumentName('team');
    const note = noteDocumentName('team', 'n1');
    const clients = [connect(first, catalog), connect(second, catalog), connect(second, catalog)];
    const notes = [connect(first, note), connect(second, note), connect(second, note)];
    await until(() => [...clients, ...notes].every((c) => c.provider.isSynced), 'all synced');

    clients.forEach((client, i) => client.doc.getMap('tags').set(`tag-${i}`, { by: `client ${i}` }));
    const expectedTags = { 'tag-0': { by: 'client 0' }, 'tag-1': { by: 'client 1' }, 'tag-2': { by: 'client 2' } };
    for (const client of clients) {
      await until(() => client.doc.getMap('tags').size === 3, 'three tags everywhere');
      expect(client.doc.getMap('tags').toJSON()).toEqual(expectedTags);
    }

    // Three people typing in the same paragraph, at once, on two nodes: every word kept, one text.
    notes.forEach((client, i) => client.doc.getText('body').insert(0, `word${i} `));
    await until(() => notes.every((c) => c.doc.getText('body').length === 18), 'every word everywhere');
    const merged = notes[0]!.doc.getText('body').toString();
    for (const client of notes) expect(client.doc.getText('body').toString()).toBe(merged);
    expect(merged.split(' ').filter(Boolean).sort()).toEqual(['word0', 'word1', 'word2']);

    // Both nodes gone: a third node with an empty data folder has everything from PostgreSQL.
    for (const provider of providers) provider.destroy();
    providers.length = 0;
    for (const server of servers.splice(0)) await server.destroy();
    const third = await startNode();
    const late = connect(third, catalog);
    const lateNote = connect(third, note);
    await until(() => late.provider.isSynced && late.doc.getMap('tags').size === 3, 'the tags from PostgreSQL');
    expect(late.doc.getMap('tags').toJSON()).toEqual(expectedTags);
    await until(() => lateNote.provider.isSynced && lateNote.doc.getText('body').length === 18, 'the note from PostgreSQL');
    expect(lateNote.doc.getText('body').toString()).toBe(merged);
  });

  // On several nodes an update also reaches a node from another node, as that node's whole state:
  // only the node the words first reached from their writer rescues them (syncServer/rescueOrphanedWords.ts).
  it('gives back once words typed on one node into a paragraph deleted on another', { timeout: 120_000 }, async (ctx) => {
    if (unavailable) return ctx.skip(`${unavailable}: skipped`);
    const urls = [await startNode(), await startNode(), await startNode()];
    const token = await signInvitation({ notebook: 'team', role: 'editor', exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
    const join = async (url: string, noteId: string, clientID: number) => {
      const p = person(clientID);
      const provider = new HocuspocusProvider({ url, name: noteDocumentName('team', noteId), document: p.doc, token, WebSocketPolyfill: WebSocket } as ConstructorParameters<typeof HocuspocusProvider>[0]);
      repairOnReceipt(provider, p.doc);
      providers.push(provider);
      await until(() => provider.isSynced, 'synced');
      return { p, provider };
    };
    const blocks = (p: Person) => p.editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
    const sentence = () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start here.')));
    const anaRewrites = () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Ana wrote this.')));
    const benTypes = () => $getRoot().getFirstChildOrThrow<ParagraphNode>().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed ');

    for (const order of ['Ben’s words first', 'the same instant'] as const) {
      const noteId = order === 'the same instant' ? 'same' : 'first';
      // Ana on the first node, Ben on the second, Carl watching on the third.
      const ana = await join(urls[0]!, noteId, 11);
      await write(ana.p, sentence);
      const ben = await join(urls[1]!, noteId, 22);
      const carl = await join(urls[2]!, noteId, 33);
      await until(() => [ben, carl].every((o) => blocks(o.p).join() === 'Common start here.'), 'the sentence everywhere');
      if (order === 'Ben’s words first') {
        ana.provider.disconnect();
        await write(ben.p, benTypes);
        await until(() => blocks(carl.p).join() === 'Common Ben typed start here.', 'Ben’s words at Carl’s, through the nodes');
        await write(ana.p, anaRewrites);
        ana.provider.connect();
      } else await Promise.all([write(ana.p, anaRewrites), write(ben.p, benTypes)]);
      const rescued = ['Ben typed ', 'Ana wrote this.'].join('|');
      await until(() => [ana, ben, carl].every((o) => blocks(o.p).join('|') === rescued && json(o.p) === json(ana.p)), `${order}: Ben’s words back once, everywhere`);
    }
  });
});
