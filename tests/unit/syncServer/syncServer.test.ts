import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import { parseSyncServerArgs } from '../../../syncServer/parseArgs';
import { serverForTheseTests, until as untilWithin } from './support/testServer';
import { signInvitation } from '@common/sync/invitationToken';
import { catalogDocumentName } from '@common/sync/documentNames';
import { parseMintReply } from '@common/sync/mintRequest';

const SECRET = 'test-secret-0123456789';
const served = serverForTheseTests(['--rate', '50', '--burst', '200'], SECRET);
const providers = served.providers;

const inHours = (hours: number): number => Math.floor(Date.now() / 1000) + hours * 3600;
const token = (role: 'editor' | 'reader', exp = inHours(1), notebook = 'nb1'): Promise<string> => signInvitation({ notebook, role, exp }, SECRET);

function connect(tokenValue: string, name = catalogDocumentName('nb1')): { doc: Y.Doc; provider: HocuspocusProvider; refused: Promise<string> } {
  const doc = new Y.Doc();
  let refuse!: (reason: string) => void;
  const refused = new Promise<string>((resolve) => (refuse = resolve));
  const provider = new HocuspocusProvider({
    url: served.url,
    name,
    document: doc,
    token: tokenValue,
    WebSocketPolyfill: WebSocket,
    onAuthenticationFailed: ({ reason }) => refuse(reason),
  } as ConstructorParameters<typeof HocuspocusProvider>[0]);
  providers.push(provider);
  return { doc, provider, refused };
}

const until = (condition: () => boolean, what: string): Promise<void> => untilWithin(condition, what, 20_000);


describe('the sync server', () => {
  it('passes an editor’s change to another editor', async () => {
    const a = connect(await token('editor'));
    const b = connect(await token('editor'));
    a.doc.getMap('tags').set('mood', { color: '#fff' });
    await until(() => b.doc.getMap('tags').get('mood') !== undefined, 'the tag at B');
    expect(b.doc.getMap('tags').get('mood')).toEqual({ color: '#fff' });
  });

  it('does not take a reader’s change, and still sends the reader what editors write', async () => {
    const reader = connect(await token('reader'));
    const editor = connect(await token('editor'));
    await until(() => reader.provider.isSynced && editor.provider.isSynced, 'both synced');
    reader.doc.getMap('tags').set('from-reader', { color: '#000' });
    editor.doc.getMap('tags').set('from-editor', { color: '#111' });
    await until(() => reader.doc.getMap('tags').has('from-editor'), 'the editor’s tag at the reader');
    // A third client that joins afterwards sees the editor's tag and never the reader's.
    const late = connect(await token('editor'));
    await until(() => late.doc.getMap('tags').has('from-editor'), 'the late client synced');
    expect(late.doc.getMap('tags').has('from-reader')).toBe(false);
  });

  const refusals: [string, () => Promise<string>, string][] = [
    ['an expired invitation', () => token('editor', inHours(-1)), 'expired'],
    ['an invitation signed with another secret', () => signInvitation({ notebook: 'nb1', role: 'editor', exp: inHours(1) }, 'another-secret-0123456'), 'bad-signature'],
    ['an invitation for another notebook', () => token('editor', inHours(1), 'nb2'), 'wrong-notebook'],
    ['something that is not an invitation', async () => 'hello', 'malformed'],
  ];
  for (const [what, make, reason] of refusals) {
    it(`refuses ${what} with the reason "${reason}"`, async () => {
      const client = connect(await make());
      expect(await client.refused).toBe(reason);
      client.doc.getMap('tags').set('x', 1);
      const witness = connect(await token('editor'));
      await until(() => witness.provider.isSynced, 'witness synced');
      expect(witness.doc.getMap('tags').has('x')).toBe(false);
    });
  }

  it('mints an invitation for an editor and refuses a reader', async () => {
    const editor = connect(await token('editor'));
    const reader = connect(await token('reader'));
    await until(() => editor.provider.isSynced && reader.provider.isSynced, 'both synced');
    const replies: string[] = [];
    editor.provider.on('stateless', ({ payload }: { payload: string }) => replies.push(payload));
    reader.provider.on('stateless', ({ payload }: { payload: string }) => replies.push(payload));
    editor.provider.sendStateless(JSON.stringify({ type: 'mint-invitation', requestId: 'e1', role: 'reader', days: 2 }));
    reader.provider.sendStateless(JSON.stringify({ type: 'mint-invitation', requestId: 'r1', role: 'editor', days: 2 }));
    await until(() => replies.map(parseMintReply).filter((r) => r?.requestId === 'e1' || r?.requestId === 'r1').length === 2, 'both replies');
    const fromEditor = replies.map(parseMintReply).find((r) => r?.requestId === 'e1')!;
    const fromReader = replies.map(parseMintReply).find((r) => r?.requestId === 'r1')!;
    expect(fromReader.error).toMatch(/Only an editor/);
    const invited = connect(fromEditor.token!);
    await until(() => invited.provider.isSynced, 'the invited reader synced');
    expect(invited.provider.authorizedScope).toBe('readonly');
  });
});

describe('parseSyncServerArgs', () => {
  it('reads the flags and applies defaults', () => {
    expect(parseSyncServerArgs(['--port', '5000', '--data', '/d'])).toEqual({
      port: 5000, host: '127.0.0.1', data: '/d', maxMessageBytes: 20 * 1024 * 1024, messagesPerSecond: 200, burst: 2000,
    });
  });
  const bad: [string[], RegExp][] = [
    [['--port', '5000'], /--data DIR is required/],
    [['--data', '/d', '--port', 'x'], /--port must be a number/],
    [['--data', '/d', '--port', '70000'], /--port must be a number/],
    [['--data', '/d', '--colour', 'red'], /Unknown option --colour/],
    [['--data'], /--data needs a value/],
    [['serve'], /Unexpected argument: serve/],
    [['--data', '/d', '--redis', 'redis://r:6379'], /--redis needs --postgres/],
    [['--data', '/d', '--redis', 'http://r:6379', '--postgres', 'postgres://p/db'], /--redis must be a URL starting with redis:\/\/ or rediss:\/\//],
    [['--data', '/d', '--postgres', 'mysql://p/db'], /--postgres must be a URL starting with postgres:\/\/ or postgresql:\/\//],
  ];
  it('reads --redis and --postgres for several nodes', () => {
    expect(parseSyncServerArgs(['--data', '/d', '--redis', 'redis://10.0.0.5:6379', '--postgres', 'postgres://v@10.0.0.6/verbatim'])).toMatchObject({
      redis: 'redis://10.0.0.5:6379', postgres: 'postgres://v@10.0.0.6/verbatim',
    });
  });
  for (const [argv, message] of bad) {
    it(`refuses ${argv.join(' ')}`, () => expect(() => parseSyncServerArgs(argv)).toThrow(message));
  }
});
