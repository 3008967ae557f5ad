import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { giveDanglingTextItsNode } from '@common/sync/danglingText';
import { applyRepaired } from '@common/sync/repairOnReceipt';

/**
 * A paragraph as @lexical/yjs writes it, in a short notation: `T`/`B` a text node's map (plain,
 * bold), `X` a tab's map (its character follows), `L` a line break's map, `C` a chip (an element),
 * any other string its characters.
 */
function paragraph(parts: string[]): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  const text = doc.get('p', Y.XmlText);
  let at = 0;
  for (const part of parts) {
    if (part === 'T' || part === 'B' || part === 'L' || part === 'X') {
      const map = new Y.Map<unknown>();
      text.insertEmbed(at, map);
      if (part === 'L') map.set('__type', 'linebreak');
      else if (part === 'X') for (const [k, v] of Object.entries({ __type: 'tab', __format: 0, __style: '', __mode: 0, __detail: 2 })) map.set(k, v);
      else for (const [k, v] of Object.entries({ __type: 'text', __format: part === 'B' ? 1 : 0, __style: '', __mode: 0, __detail: 0 })) map.set(k, v);
    } else if (part === 'C') {
      text.insertEmbed(at, new Y.XmlElement('chip'));
    } else {
      text.insert(at, part);
      at += part.length - 1;
    }
    at += 1;
  }
  return { doc, text };
}

function notation(text: Y.XmlText): string[] {
  return (text.toDelta() as { insert: unknown }[]).map(({ insert }) => {
    if (typeof insert === 'string') return insert;
    if (insert instanceof Y.XmlElement) return 'C';
    const map = insert as Y.Map<unknown>;
    if (map.get('__type') === 'linebreak') return 'L';
    if (map.get('__type') === 'tab') return 'X';
    expect(map.toJSON()).toMatchObject({ __type: 'text', __mode: 0, __detail: 0 });
    return map.get('__format') === 1 ? 'B' : 'T';
  });
}

describe('text without its text node gets one, with the format of the nearest text node', () => {
  it.each([
    { name: 'after a chip', before: ['T', 'ab', 'C', 'cd'], after: ['T', 'ab', 'C', 'T', 'cd'], repaired: 1 },
    { name: 'after a chip, in bold like the text before it', before: ['B', 'ab', 'C', 'cd'], after: ['B', 'ab', 'C', 'B', 'cd'], repaired: 1 },
    { name: 'at the start of the paragraph, like the text after it', before: ['ab', 'C', 'B', 'cd'], after: ['B', 'ab', 'C', 'B', 'cd'], repaired: 1 },
    { name: 'after a line break', before: ['T', 'ab', 'L', 'cd'], after: ['T', 'ab', 'L', 'T', 'cd'], repaired: 1 },
    { name: 'with no text node to copy: plain', before: ['ab', 'C', 'cd'], after: ['T', 'ab', 'C', 'T', 'cd'], repaired: 2 },
    { name: 'after a tab\'s character, plain like the text before the tab', before: ['B', 'ab', 'X', '\tcd'], after: ['B', 'ab', 'X', '\t', 'B', 'cd'], repaired: 1 },
    { name: 'an empty text node followed by an equal one (both repaired the same run) is removed', before: ['C', 'T', 'T', 'ab'], after: ['C', 'T', 'ab'], repaired: 1 },
    { name: 'an empty bold text node before plain text (both split the same words) is removed', before: ['T', 'ab', 'B', 'T', 'cd'], after: ['T', 'ab', 'T', 'cd'], repaired: 1 },
    { name: 'an empty text node before a chip is removed', before: ['T', 'ab', 'B', 'C', 'T', 'cd'], after: ['T', 'ab', 'C', 'T', 'cd'], repaired: 1 },
    { name: 'an empty text node at the end of the paragraph is removed, a line break stays', before: ['T', 'ab', 'L', 'T'], after: ['T', 'ab', 'L'], repaired: 1 },
    { name: 'nothing to do when every run has its node', before: ['T', 'ab', 'C', 'B', 'cd', 'L', 'T', 'e'], after: ['T', 'ab', 'C', 'B', 'cd', 'L', 'T', 'e'], repaired: 0 },
    { name: 'an empty paragraph', before: [], after: [], repaired: 0 },
  ])('$name', ({ before, after, repaired }) => {
    const { doc, text } = paragraph(before);
    expect(notation(text)).toEqual(before);
    let count = 0;
    doc.transact(() => {
      count = giveDanglingTextItsNode(text);
    });
    expect(count).toBe(repaired);
    expect(notation(text)).toEqual(after);
  });
});

describe('a remote change repaired in the transaction that brings it', () => {
  /** Ana's paragraph ends with her words; Ben, apart, put a chip at the same spot. */
  function apart(anaId: number, benId: number) {
    const ana = paragraph(['T', 'Common start.']);
    ana.doc.clientID = anaId;
    const ben = new Y.Doc();
    ben.clientID = benId;
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana.doc));
    ana.text.insert(14, ' Ana was here.');
    ben.get('p', Y.XmlText).insertEmbed(14, new Y.XmlElement('chip'));
    return { ana, ben };
  }

  it('when the chip lands before the words, they get a text node; only the repair is sent on; the client id stays', () => {
    // Yjs orders two inserts at one spot by client id: Ben's lower id puts his chip first.
    const { ana, ben } = apart(2, 1);
    const anaWords = Y.encodeStateAsUpdate(ana.doc, Y.encodeStateVector(ben));
    const origins: unknown[] = [];
    ana.doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const repair = applyRepaired(ana.doc, 'server', () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(notation(ana.text)).toEqual(['T', 'Common start.', 'C', 'T', ' Ana was here.']);
    // One transaction, with the origin it came with: the provider does not echo it back.
    expect(origins).toEqual(['server']);
    expect(ana.doc.clientID).toBe(2);
    // Ben, who had Ana's words already, needs only the repair.
    Y.applyUpdate(ben, anaWords);
    Y.applyUpdate(ben, repair!);
    expect(notation(ben.get('p', Y.XmlText))).toEqual(notation(ana.text));
  });

  it('both repairing the same run end with one text node on both sides', () => {
    const { ana, ben } = apart(2, 1);
    const fromAna = Y.encodeStateAsUpdate(ana.doc, Y.encodeStateVector(ben));
    const fromBen = Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc));
    const anaRepair = applyRepaired(ana.doc, 'server', () => Y.applyUpdate(ana.doc, fromBen, 'server'));
    const benRepair = applyRepaired(ben, 'server', () => Y.applyUpdate(ben, fromAna, 'server'));
    applyRepaired(ana.doc, 'server', () => Y.applyUpdate(ana.doc, benRepair!, 'server'));
    applyRepaired(ben, 'server', () => Y.applyUpdate(ben, anaRepair!, 'server'));
    expect(notation(ana.text)).toEqual(['T', 'Common start.', 'C', 'T', ' Ana was here.']);
    expect(notation(ben.get('p', Y.XmlText))).toEqual(notation(ana.text));
  });

  it('when nothing dangles, nothing is sent and the transaction keeps its origin', () => {
    const { ana, ben } = apart(1, 2);
    const origins: unknown[] = [];
    ana.doc.on('update', (_update: Uint8Array, origin: unknown) => origins.push(origin));
    const repair = applyRepaired(ana.doc, 'server', () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(repair).toBeNull();
    expect(notation(ana.text)).toEqual(['T', 'Common start. Ana was here.', 'C']);
    expect(origins).toEqual(['server']);
  });

  it('a paragraph that arrives whole (a first sync) is repaired too', () => {
    const server = new Y.Doc();
    const root = server.get('root', Y.XmlText);
    const p = new Y.XmlText();
    root.insertEmbed(0, p);
    p.insert(0, 'ab');
    p.insertEmbed(2, new Y.XmlElement('chip'));
    const newcomer = new Y.Doc();
    // As the editor's binding does before anything arrives.
    newcomer.get('root', Y.XmlText);
    applyRepaired(newcomer, 'server', () => Y.applyUpdate(newcomer, Y.encodeStateAsUpdate(server), 'server'));
    const received = (newcomer.get('root', Y.XmlText).toDelta() as { insert: Y.XmlText }[])[0]!.insert;
    expect(notation(received)).toEqual(['T', 'ab', 'C']);
  });

  it('words typed one key at a time (so Yjs caches positions in them) get their text node before their first key', () => {
    // Ana types after Ben's line break point, one transaction per key, as an editor does.
    const ana = paragraph(['T', 'First line.']);
    ana.doc.clientID = 20;
    const ben = new Y.Doc();
    ben.clientID = 10;
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana.doc));
    let at = 12;
    for (const key of '-Ana goes on.') ana.text.insert(at++, key);
    ana.text.toDelta();
    const lineBreak = new Y.Map<unknown>();
    ben.get('p', Y.XmlText).insertEmbed(12, lineBreak);
    lineBreak.set('__type', 'linebreak');
    applyRepaired(ana.doc, 'server', () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(notation(ana.text)).toEqual(['T', 'First line.', 'L', 'T', '-Ana goes on.']);
  });
});
