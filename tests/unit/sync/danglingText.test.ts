import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyKeepingDanglingText, giveDanglingTextItsNode } from '@common/sync/danglingText';

/**
 * A paragraph as @lexical/yjs writes it, in a short notation: `T`/`B` a text node's map (plain,
 * bold), `L` a line break's map, `C` a chip (an element), any other string its characters.
 */
function paragraph(parts: string[]): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  const text = doc.get('p', Y.XmlText);
  let at = 0;
  for (const part of parts) {
    if (part === 'T' || part === 'B' || part === 'L') {
      const map = new Y.Map<unknown>();
      text.insertEmbed(at, map);
      if (part === 'L') map.set('__type', 'linebreak');
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

  it('when the chip lands before the words, they get a text node; the update carries it; the client id stays', () => {
    // Yjs orders two inserts at one spot by client id: Ben's lower id puts his chip first.
    const { ana, ben } = apart(2, 1);
    const sent: unknown[] = [];
    ana.doc.on('update', (_update: Uint8Array, origin: unknown) => sent.push(origin));
    const repairOrigin = { repair: true };
    const count = applyKeepingDanglingText(ana.doc, 'server', repairOrigin, () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(count).toBe(1);
    expect(notation(ana.text)).toEqual(['T', 'Common start.', 'C', 'T', ' Ana was here.']);
    expect(sent).toEqual([repairOrigin]);
    expect(ana.doc.clientID).toBe(2);
    // Ben gets the repaired paragraph from Ana.
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana.doc, Y.encodeStateVector(ben)));
    expect(notation(ben.get('p', Y.XmlText))).toEqual(notation(ana.text));
  });

  it('when nothing dangles, the transaction keeps the origin it came with', () => {
    const { ana, ben } = apart(1, 2);
    const sent: unknown[] = [];
    ana.doc.on('update', (_update: Uint8Array, origin: unknown) => sent.push(origin));
    const count = applyKeepingDanglingText(ana.doc, 'server', { repair: true }, () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(count).toBe(0);
    expect(notation(ana.text)).toEqual(['T', 'Common start. Ana was here.', 'C']);
    expect(sent).toEqual(['server']);
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
    applyKeepingDanglingText(ana.doc, 'server', { repair: true }, () => Y.applyUpdate(ana.doc, Y.encodeStateAsUpdate(ben, Y.encodeStateVector(ana.doc)), 'server'));
    expect(notation(ana.text)).toEqual(['T', 'First line.', 'L', 'T', '-Ana goes on.']);
  });
});
