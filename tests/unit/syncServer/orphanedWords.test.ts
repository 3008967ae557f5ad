import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createParagraphNode, $createTextNode, $getRoot, type ParagraphNode, type TextNode } from 'lexical';
import { json, write, type Person } from '../sync/support/notePeople';
import { joinNote, offline, type Online } from './support/noteOnline';
import { serverForTheseTests, until } from './support/testServer';

/**
 * Words typed apart into a paragraph the other person deleted, through the real server and the
 * providers as the app sets them up (common/sync/repairOnReceipt.ts): each test forces one order
 * of arrival and checks who wrote the rescue, since exactly one party must (two would both be kept).
 */

const SECRET = 'orphaned-words-secret-0123456789';
const served = serverForTheseTests([], SECRET);

const join = (noteId: string, clientID: number): Promise<Online> => joinNote(served.url, SECRET, served.providers, noteId, clientID);

/** Everything this person wrote has reached the server (it acknowledged it). */
const acknowledged = (o: Online) => until(() => !o.provider.hasUnsyncedChanges, 'the server’s acknowledgement');

function blocks(p: Person): string[] {
  return p.editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
}

/** Who wrote the note's first top-level element still there (the rescued paragraph, in these tests). */
function writerOfFirstBlock(p: Person): number {
  let item = p.doc.get('root', Y.XmlText)._start;
  while (item && item.deleted) item = item.right;
  return item!.id.client;
}

const paragraph = () => $getRoot().getFirstChildOrThrow<ParagraphNode>();
const anaRewrites = () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Ana wrote this.')));
const benTypes = () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed ');
const RESCUED = ['Ben typed ', 'Ana wrote this.'];

async function anaAndBen(noteId: string): Promise<[Online, Online]> {
  const ana = await join(noteId, 101);
  await write(ana.p, () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start here.'))));
  const ben = await join(noteId, 202);
  await until(() => blocks(ben.p).join() === 'Common start here.', 'Ben has the sentence');
  return [ana, ben];
}

/** Both see `expected`, the same note, and so does someone who opens it afterwards. */
async function expectEverywhere(noteId: string, ana: Online, ben: Online, expected: string[]): Promise<void> {
  await until(() => blocks(ana.p).join('|') === expected.join('|') && json(ben.p) === json(ana.p), `both seeing ${expected.join(' | ')}`).catch((error: Error) => {
    throw new Error(`${error.message} (Ana sees ${blocks(ana.p).join(' | ')}; Ben sees ${blocks(ben.p).join(' | ')})`);
  });
  const late = await join(noteId, 303);
  await until(() => json(late.p) === json(ana.p), 'a third person seeing the same');
}

describe('words typed into a paragraph the other deleted, through the sync server', () => {
  it('reached the server before the deletion: the server gives them back, once', async () => {
    const [ana, ben] = await anaAndBen('before');
    await offline(ana);
    await write(ben.p, benTypes);
    await acknowledged(ben);
    await write(ana.p, anaRewrites);
    ana.provider.connect();
    await expectEverywhere('before', ana, ben, RESCUED);
    expect([101, 202]).not.toContain(writerOfFirstBlock(ana.p));
  });

  it('reached the server after the deletion: the app of the one who typed them gives them back, once', async () => {
    const [ana, ben] = await anaAndBen('after');
    await offline(ben);
    await write(ana.p, anaRewrites);
    await acknowledged(ana);
    await write(ben.p, benTypes);
    ben.provider.connect();
    await expectEverywhere('after', ana, ben, RESCUED);
    expect(writerOfFirstBlock(ana.p)).toBe(202);
  });

  it('both online, written in the same instant: the words come back once', async () => {
    const [ana, ben] = await anaAndBen('same-instant');
    await Promise.all([write(ana.p, anaRewrites), write(ben.p, benTypes)]);
    await expectEverywhere('same-instant', ana, ben, RESCUED);
  });

  it('seen by the one who deleted the paragraph: they stay deleted', async () => {
    const [ana, ben] = await anaAndBen('seen');
    await write(ben.p, benTypes);
    await until(() => blocks(ana.p).join() === 'Common Ben typed start here.', 'Ana seeing Ben’s words');
    await write(ana.p, anaRewrites);
    await expectEverywhere('seen', ana, ben, ['Ana wrote this.']);
  });
});
