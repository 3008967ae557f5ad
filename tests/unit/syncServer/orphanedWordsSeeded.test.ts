import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, type ParagraphNode, type RangeSelection, type TextNode } from 'lexical';
import { seededRandom as random } from '../support/seededRandom';
import { json, write, type Person } from '../sync/support/notePeople';
import { joinNote, offline, type Online } from './support/noteOnline';
import { serverForTheseTests, until } from './support/testServer';

/**
 * Seeded runs through the real server: three people going offline and online at random while they
 * type words (unique tokens, key by key), add, delete and rewrite paragraphs. Who rescues a word
 * depends on the order messages meet on the server, which these runs leave to the timing. Oracle: a
 * token is deleted knowingly when the one deleting it saw it. At the end, everyone sees the same note,
 * holding every token exactly once unless someone deleted it knowingly, and then at most once.
 * (Erasing one's own words is left out: the server gives back words as they were when the deletion
 * reached it, so words erased apart after that come back; the README says so.)
 */

const SECRET = 'orphaned-words-seeded-secret-0123456789';
const served = serverForTheseTests([], SECRET);

interface Toggled extends Online {
  connected: boolean;
}

async function join(noteId: string, clientID: number): Promise<Toggled> {
  return { ...(await joinNote(served.url, SECRET, served.providers, noteId, clientID)), connected: true };
}

const tokensIn = (words: string) => words.match(/t\d+/g) ?? [];
const noteText = (p: Person) => p.editor.getEditorState().read(() => $getRoot().getTextContent());

describe('words typed while others delete paragraphs, through the sync server, seeded', () => {
  const SEEDS = Number(process.env.RESCUE_SERVER_SEEDS ?? 8);
  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i: every word is there once unless someone who saw it deleted it', { timeout: 120_000 }, async (seed) => {
    const next = random(5300 + seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const noteId = `seeded-${seed}`;
    const first = await join(noteId, 1000 * seed + 1);
    await write(first.p, () =>
      $getRoot()
        .clear()
        .append(...['t0', 't1', 't2'].map((t) => $createParagraphNode().append($createTextNode(` ${t} `)))),
    );
    const people = [first, await join(noteId, 1000 * seed + 2), await join(noteId, 1000 * seed + 3)];
    await until(() => people.every((o) => json(o.p) === json(first.p)), 'the start everywhere');
    const typed = new Set(['t0', 't1', 't2']);
    const deletedKnowingly = new Set<string>();
    let count = 3;

    for (let round = 0; round < 5; round++) {
      for (const o of people) {
        if (next() < 0.35) {
          o.connected = !o.connected;
          // Online again without waiting for the sync, so what it sends meets what others send.
          if (o.connected) void o.provider.connect();
          else await offline(o);
        }
        for (let op = 0; op < 2; op++) {
          const token = `t${count++}`;
          const roll = next();
          let typing = '';
          await write(o.p, () => {
            const paragraphs = $getRoot().getChildren().filter((n): n is ParagraphNode => n.getType() === 'paragraph');
            const texts = paragraphs.flatMap((n) => n.getChildren()).filter((n): n is TextNode => n.getType() === 'text');
            if (roll < 0.55 && texts.length > 0) {
              const node = pick(texts)!;
              const at = next() < 0.5 ? 0 : node.getTextContentSize();
              node.select(at, at);
              typed.add(token);
              typing = ` ${token} `;
            } else if (roll < 0.7) {
              typed.add(token);
              $getRoot().append($createParagraphNode().append($createTextNode(` ${token} `)));
            } else if (roll < 0.92 && paragraphs.length > 0) {
              const gone = pick(paragraphs)!;
              for (const t of tokensIn(gone.getTextContent())) deletedKnowingly.add(t);
              gone.remove();
            } else {
              for (const t of tokensIn($getRoot().getTextContent())) deletedKnowingly.add(t);
              typed.add(token);
              $getRoot().clear().append($createParagraphNode().append($createTextNode(` ${token} `)));
            }
          });
          for (const key of typing) await write(o.p, () => ($getSelection() as RangeSelection).insertText(key));
        }
      }
      // Some rounds let what is online settle; others go straight on.
      if (next() < 0.5) await new Promise((resolve) => setTimeout(resolve, 30));
    }

    for (const o of people) if (!o.connected) void o.provider.connect();
    await until(
      () => people.every((o) => o.provider.isSynced && !o.provider.hasUnsyncedChanges && json(o.p) === json(first.p)),
      'everyone seeing the same note',
    ).catch((error: Error) => {
      const state = people.map((o) => ({ synced: o.provider.isSynced, unsynced: o.provider.unsyncedChanges, status: o.provider.configuration.websocketProvider.status, text: noteText(o.p), doc: o.p.doc.get('root', Y.XmlText).toString().length }));
      throw new Error(`${error.message}: ${JSON.stringify(state)}`);
    });
    const final = tokensIn(noteText(first.p));
    for (const token of typed) {
      const times = final.filter((t) => t === token).length;
      // A token deleted knowingly by one may have been deleted apart by another who had not seen it:
      // it comes back when that deletion reached the server first (the README says so).
      if (deletedKnowingly.has(token)) expect({ token, times: Math.min(times, 2) }).not.toEqual({ token, times: 2 });
      else expect({ token, times }).toEqual({ token, times: 1 });
    }
  });
});
