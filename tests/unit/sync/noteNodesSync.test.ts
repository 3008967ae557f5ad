import { describe, expect, it } from 'vitest';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, type TextNode, type ParagraphNode } from 'lexical';
import { $createPassageQuoteNode, $isPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode, $isPassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode } from '@common/editor/EventCitationNode';
import { collectNoteLinks } from '@common/editor/noteLinks';
import { seededRandom as random } from '../support/seededRandom';
import { CITE, firstParagraph, mixedEdit } from './support/noteEdits';
import { BOTH_ORDERS, fromDocument, json, meet, nodes, person, text, twoWith, write, type Person } from './support/notePeople';

// Written by hand from the Steinheil seed "l’essentiel" (what a user would quote and cite).
const QUOTE = { passageId: 'p-quote', sourceId: 's-essentiel', sourceLabel: 'l’essentiel', exact: 'La Corée du Nord sera aux côtés de la Russie', detached: false };
const EVENT = { eventId: 'e-moscou', title: 'Rencontre Choe–Lavrov à Moscou', dateLabel: '1er novembre 2024' };

describe('the quote, citation and event nodes of a shared note reach the other person', () => {
  it('a quote block, a passage citation and an event chip written by one appear with the same data for the other', async () => {
    const ana = person();
    const ben = person();
    await write(ana, () => {
      const intro = $createParagraphNode().append($createTextNode('As reported '), $createPassageCitationNode(CITE), $createTextNode(' on '), $createEventCitationNode(EVENT), $createTextNode('.'));
      $getRoot().clear().append(intro, $createPassageQuoteNode(QUOTE), $createParagraphNode().append($createTextNode('End.')));
    });
    await meet(ana, ben);

    expect(json(ben)).toBe(json(ana));
    const received = JSON.parse(json(ben)) as { root: { children: { type: string; children?: Record<string, unknown>[]; [k: string]: unknown }[] } };
    const [intro, quote, end] = received.root.children;
    expect(intro!.children!.map((c) => c['type'])).toEqual(['text', 'passage-citation', 'text', 'event-citation', 'text']);
    expect(intro!.children![1]).toMatchObject(CITE);
    expect(intro!.children![3]).toMatchObject(EVENT);
    expect(quote).toMatchObject({ type: 'passage-quote', ...QUOTE });
    expect(end!.children![0]).toMatchObject({ type: 'text', text: 'End.' });
    // What backlinks and the "open at the passage" action read: the passage and event ids.
    expect(collectNoteLinks(json(ben))).toEqual(collectNoteLinks(json(ana)));
    expect(collectNoteLinks(json(ben)).length).toBeGreaterThan(0);
  });

  it('a change to a node (the quoted passage deleted: detached) reaches the other person', async () => {
    const ana = person();
    const ben = person();
    await write(ana, () => $getRoot().clear().append($createPassageQuoteNode(QUOTE), $createParagraphNode().append($createTextNode('x'))));
    await meet(ana, ben);
    await write(ben, () => {
      for (const n of $getRoot().getChildren()) if ($isPassageQuoteNode(n)) n.setDetached(true);
    });
    await meet(ana, ben);
    const quoteOf = (p: Person) => p.editor.getEditorState().read(() => nodes(p).find($isPassageQuoteNode)!.getData());
    expect(quoteOf(ana)).toEqual({ ...QUOTE, detached: true });
    expect(quoteOf(ben)).toEqual({ ...QUOTE, detached: true });
  });

  it.each(BOTH_ORDERS)('offline, one types in a sentence while the other cites a passage after it: both end with both (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start.', a, b);
    // Apart: Ana adds words inside the sentence, Ben cites a passage at the end of the same paragraph.
    await write(ana, () => {
      const t = $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().getFirstChildOrThrow<TextNode>();
      t.setTextContent('Common start, Ana was here.');
    });
    await write(ben, () => {
      $getRoot().getFirstChildOrThrow<ReturnType<typeof $createParagraphNode>>().append($createPassageCitationNode(CITE));
    });
    await meet(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(text(ana)).toBe(`Common start, Ana was here.[${CITE.label}]`);
    const cited = ana.editor.getEditorState().read(() => nodes(ana).filter($isPassageCitationNode).map((n) => n.getData()));
    expect(cited).toEqual([CITE]);
  });
});

const firstText = () => firstParagraph().getFirstChildOrThrow<TextNode>();

/**
 * Two people apart in one paragraph: Ana types, Ben puts a chip (or a line break) at the same spot,
 * or deletes the words Ana types into. Yjs orders two inserts at one spot by client id, so each case
 * runs in both orders. Every expected text is written by hand: Ana's words and Ben's chip are both
 * there, in either order where the two were made at the same spot.
 */
const CASES: { name: string; start: () => void; ana: () => void; ben: () => void; expected: string[] }[] = [
  {
    name: 'Ana ends the sentence, Ben cites a passage at its end',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start.'))),
    ana: () => firstText().setTextContent('Common start. Ana was here.'),
    ben: () => firstParagraph().append($createPassageCitationNode(CITE)),
    expected: [`Common start. Ana was here.[${CITE.label}]`, `Common start.[${CITE.label}] Ana was here.`],
  },
  {
    name: 'Ana types inside a word, Ben cites a passage at that very spot',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start.'))),
    ana: () => firstText().setTextContent('Common XYZ start.'),
    ben: () => firstText().splitText(7)[1]!.insertBefore($createPassageCitationNode(CITE)),
    expected: [`Common XYZ [${CITE.label}]start.`, `Common [${CITE.label}]XYZ start.`],
  },
  {
    name: 'Ana ends the sentence, Ben adds a line break at its end',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start.'))),
    ana: () => firstText().setTextContent('Common start. Ana was here.'),
    ben: () => firstParagraph().append($createLineBreakNode()),
    expected: ['Common start. Ana was here.\n', 'Common start.\n Ana was here.'],
  },
  {
    name: 'Ana types inside the words before a chip, Ben deletes those words',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start.'), $createPassageCitationNode(CITE))),
    ana: () => firstText().setTextContent('Common XYZ start.'),
    ben: () => firstText().remove(),
    expected: [`XYZ [${CITE.label}]`],
  },
  // Found by a second reader: deleting a bold letter between two equal ones merges the three text
  // nodes, and the deletion must take the letter deleted, not its twin, or the other's edit beside
  // it lands elsewhere (or the letter comes back).
  {
    name: 'Ana deletes a bold letter between equal ones, Ben types right after it',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('ab'), $createTextNode('b').toggleFormat('bold'), $createTextNode('bc'))),
    ana: () => firstParagraph().getChildren()[1]!.remove(),
    ben: () => (firstParagraph().getChildren()[2] as TextNode).setTextContent('Zbc'),
    expected: ['abZbc'],
  },
  {
    name: 'Ana deletes a bold letter between equal ones, Ben deletes the letter after it',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('ab'), $createTextNode('b').toggleFormat('bold'), $createTextNode('bc'))),
    ana: () => firstParagraph().getChildren()[1]!.remove(),
    ben: () => (firstParagraph().getChildren()[2] as TextNode).setTextContent('c'),
    expected: ['abc'],
  },
  {
    name: 'Ana ends the sentence, Ben deletes the whole sentence',
    start: () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start.'))),
    ana: () => firstText().setTextContent('Common start. Ana was here.'),
    ben: () => firstText().remove(),
    expected: [' Ana was here.'],
  },
];

describe('words typed apart where the other puts a chip or deletes are kept (both client-id orders)', () => {
  it.each(CASES.flatMap((c) => [[c.name, 1, 2, c] as const, [c.name, 2, 1, c] as const]))('%s (client ids %i, %i)', async (_name, a, b, c) => {
    const ana = person(a);
    const ben = person(b);
    await write(ana, c.start);
    await meet(ana, ben);
    await write(ana, c.ana);
    await write(ben, c.ben);
    await meet(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(c.expected).toContain(text(ana));
    expect(fromDocument(ana)).toBe(json(ana));
    expect(fromDocument(ben)).toBe(json(ben));
    // A format change after the merge lands on the words in the document too (not on an empty node).
    await write(ana, () => {
      for (const n of firstParagraph().getChildren()) if (n.getType() === 'text') (n as TextNode).setFormat('bold');
    });
    await meet(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(fromDocument(ana)).toBe(json(ana));
    expect(fromDocument(ben)).toBe(json(ben));
  });

  // Found by a second reader: the chip now arrives inside Ben's text node (no characters moved), and
  // the text after it is deleted in the same change; upstream's binding dropped that deletion.
  it.each(BOTH_ORDERS)('Ana cites inside a word and then deletes the rest of the sentence, Ben ends it (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here.', a, b);
    await write(ana, () => firstText().splitText(11)[1]!.insertBefore($createPassageCitationNode(CITE)));
    await write(ana, () => (firstParagraph().getChildren()[2] as TextNode).remove());
    await write(ben, () => firstText().setTextContent('Common start here. More'));
    await meet(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(text(ana)).toBe(`Common star[${CITE.label}] More`);
    expect(fromDocument(ana)).toBe(json(ana));
    expect(fromDocument(ben)).toBe(json(ben));
  });

  // Why the repair is there: @lexical/yjs alone drops Ana's words when Ben's chip lands before them.
  // Upstream, the binding deleted characters it found with no text node's map before them, and
  // without the repair on receipt this order lost Ana's words. The patch now gives them a map in the
  // binding too (for what the repair on receipt does not see: an undo). The repair is still needed:
  // without it, 55 of the 124 seeded runs below fail.
  it('without the repair on receipt, the chip-first order keeps the words too (the binding gives them a node)', async () => {
    const ana = person(2);
    const ben = person(1);
    const [c] = CASES;
    await write(ana, c!.start);
    await meet(ana, ben, false);
    await write(ana, c!.ana);
    await write(ben, c!.ben);
    await meet(ana, ben, false);
    expect(text(ana)).toBe(`Common start.[${CITE.label}] Ana was here.`);
    expect(json(ana)).toBe(json(ben));
    expect(fromDocument(ana)).toBe(json(ana));
  });
});

/** One edit in `p`'s first paragraph at a random spot: a unique word typed, or a unique chip put. */
async function randomEdit(p: Person, next: () => number, id: string, kind: 'word' | 'chip'): Promise<'word' | 'chip'> {
  await write(p, () => {
    const texts = firstParagraph().getChildren().filter((n): n is TextNode => n.getType() === 'text');
    const made = kind === 'word' ? $createTextNode(` ${id} `) : $createPassageCitationNode({ ...CITE, passageId: `p-${id}`, label: `[${id}]` });
    const node = texts[Math.floor(next() * texts.length)];
    if (!node) return void firstParagraph().append(made);
    const at = Math.floor(next() * (node.getTextContentSize() + 1));
    if (kind === 'word') node.spliceText(at, 0, ` ${id} `);
    else if (at === 0) node.insertBefore(made);
    else if (at === node.getTextContentSize()) node.insertAfter(made);
    else node.splitText(at)[1]!.insertBefore(made);
  });
  return kind;
}

/** How many times each character is in `p`'s text nodes. */
function characterCounts(p: Person): Map<string, number> {
  const counts = new Map<string, number>();
  const all = p.editor.getEditorState().read(() => nodes(p).filter((n): n is TextNode => n.getType() === 'text').map((n) => n.getTextContent()).join(''));
  for (const c of all) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** A stand-in person holding `text` only, to count its characters the same way. */
function typedOnly(text: string): Person {
  const p = person();
  p.editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode(text))), { discrete: true });
  return p;
}

function chipIds(p: Person): string[] {
  return p.editor.getEditorState().read(() => nodes(p).filter($isPassageCitationNode).map((n) => n.getData().passageId)).sort();
}

describe('seeded: apart, one types words anywhere in a paragraph while the other puts chips anywhere in it', () => {
  it.each(Array.from({ length: 24 }, (_, i) => i + 1))('seed %i: both end the same, bound to what the document holds, with every character and chip', async (seed) => {
    const next = random(seed);
    const [ana, ben] = await twoWith('Common start.', 1 + Math.floor(next() * 1000), 1001 + Math.floor(next() * 1000));
    const words: string[] = [];
    const chips: string[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 3; i++) {
        for (const [p, id, kind] of [[ana, `a${round}${i}`, 'word'], [ben, `b${round}${i}`, 'chip']] as const) {
          if ((await randomEdit(p, next, id, kind)) === 'word') words.push(id);
          else chips.push(`p-${id}`);
        }
      }
      await meet(ana, ben);
      expect(json(ana)).toBe(json(ben));
      expect(fromDocument(ana)).toBe(json(ana));
      expect(fromDocument(ben)).toBe(json(ben));
    }
    // Later edits may split a word, so characters are counted, not words: each is there as often as typed.
    expect(characterCounts(ana)).toEqual(characterCounts(typedOnly(['Common start.', ...words.map((w) => ` ${w} `)].join(''))));
    expect(chipIds(ana)).toEqual(chips.sort());
  });
});

/** One edit of any kind in `p`'s first paragraph: a word typed, a chip put or removed, or a span made bold or plain. */
async function anyEdit(p: Person, next: () => number, id: string, removed: Set<string>): Promise<'word' | 'chip' | 'other'> {
  const roll = next();
  if (roll < 0.3) return randomEdit(p, next, id, 'word');
  if (roll < 0.6) return randomEdit(p, next, id, 'chip');
  await write(p, () => {
    const children = firstParagraph().getChildren();
    if (roll < 0.7) {
      const chips = children.filter($isPassageCitationNode);
      const chip = chips[Math.floor(next() * chips.length)];
      if (!chip) return;
      removed.add(chip.getData().passageId);
      chip.remove();
      return;
    }
    // A span inside one text node toggles bold: the node is split around it (and merged back with
    // its neighbours by Lexical's normalization when their formats meet).
    const texts = children.filter((n): n is TextNode => n.getType() === 'text' && n.getTextContentSize() > 0);
    const node = texts[Math.floor(next() * texts.length)];
    if (!node) return;
    const size = node.getTextContentSize();
    const start = Math.floor(next() * size);
    const end = start + 1 + Math.floor(next() * (size - start));
    const parts = node.splitText(start, end);
    const span = parts[start === 0 ? 0 : 1]!;
    span.toggleFormat('bold');
  });
  return 'other';
}

describe('seeded: apart, both type words, put and remove chips and make words bold anywhere in one paragraph', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))('seed %i: both end the same, bound to what the document holds, with every character and chip', async (seed) => {
    const next = random(1000 + seed);
    const [ana, ben] = await twoWith('Common start.', 1 + Math.floor(next() * 1000), 1001 + Math.floor(next() * 1000));
    const words: string[] = [];
    const chips: string[] = [];
    const removed = new Set<string>();
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 3; i++) {
        for (const [p, id] of [[ana, `a${round}${i}`], [ben, `b${round}${i}`]] as const) {
          const made = await anyEdit(p, next, id, removed);
          if (made === 'word') words.push(id);
          if (made === 'chip') chips.push(`p-${id}`);
        }
      }
      await meet(ana, ben);
      expect(json(ana)).toBe(json(ben));
      expect(fromDocument(ana)).toBe(json(ana));
      expect(fromDocument(ben)).toBe(json(ben));
    }
    expect(characterCounts(ana)).toEqual(characterCounts(typedOnly(['Common start.', ...words.map((w) => ` ${w} `)].join(''))));
    expect(chipIds(ana)).toEqual(chips.filter((c) => !removed.has(c)).sort());
  });
});


describe('seeded: apart, both make every kind of edit in one paragraph (links, tabs, line breaks, deletions too)', () => {
  // Words put into a link or out of it move to another element's shared text, which the binding can
  // only do by deleting and re-inserting them (the known limit, as for Enter): from such a move on, a
  // run checks that both end the same, not the characters.
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))('seed %i: after each edit the editor matches its document; after each meeting both match, with no character more than was typed', async (seed) => {
    const next = random(5000 + seed);
    const [ana, ben] = await twoWith('Common start here.', 1 + Math.floor(next() * 1000), 1001 + Math.floor(next() * 1000));
    const typed = ['Common start here.'];
    let movedAcross = false;
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 3; i++) {
        for (const [p, id] of [[ana, `a${round}${i}`], [ben, `b${round}${i}`]] as const) {
          if ((await mixedEdit(p, next, id, typed)) === 'moved') movedAcross = true;
          expect(fromDocument(p)).toBe(json(p));
        }
      }
      await meet(ana, ben);
      expect(json(ana)).toBe(json(ben));
      expect(fromDocument(ana)).toBe(json(ana));
      expect(fromDocument(ben)).toBe(json(ben));
      if (movedAcross) continue;
      // Text may be deleted here, so each character is there at most as often as it was typed.
      const allowed = characterCounts(typedOnly(typed.join('')));
      const extra = [...characterCounts(ana)].filter(([c, n]) => n > (allowed.get(c) ?? 0));
      expect(extra).toEqual([]);
    }
  });
});
