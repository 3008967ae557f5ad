import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type ParagraphNode, type TextNode } from 'lexical';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import { $createPassageCitationNode, $isPassageCitationNode } from '@common/editor/PassageCitationNode';
import { seededRandom as random } from '../support/seededRandom';
import { mixedEdit } from './support/noteEdits';
import { BOTH_ORDERS, fromDocument, json, meet, nodes, settle, text, twoWith, write, type Person } from './support/notePeople';

/**
 * Undo in a shared note is the collaborative undo of @lexical/yjs: it takes back the person's own
 * changes, as Yjs items, even after the other person's changes merged around them. What comes back
 * must be what the editor shows, and the next edit must land where it is made.
 */

const paragraph = () => $getRoot().getFirstChildOrThrow<ParagraphNode>();

// Written by hand from the Steinheil seed "l’essentiel" (a citation a user would put in a note).
const CITE = { passageId: 'p-cite', sourceId: 's-essentiel', label: 'l’essentiel – La Corée…', exact: 'aux côtés de la Russie', detached: false };

async function undo(p: Person): Promise<void> {
  p.undo.undo();
  await settle(p);
}

/** Each person's editor shows what their document holds (checked against an editor bound afresh). */
function expectBound(...people: Person[]): void {
  for (const p of people) expect(fromDocument(p)).toBe(json(p));
}

function bold(p: Person): string[] {
  return p.editor.getEditorState().read(() => nodes(p).filter((n): n is TextNode => n.getType() === 'text' && (n as TextNode).hasFormat('bold')).map((n) => n.getTextContent()));
}

describe('undo in a shared note after the other person changed the words around it', () => {
  // Ben's words end alone under a text node's map that Ana's deletion left; his undo takes them away.
  // Upstream left the emptied node in the binding (Lexical drops it from the editor without saying
  // so) and placed the map the undo brought back before it: the next bold went to other letters.
  it.each(BOTH_ORDERS)('Ben undoes words he typed into a sentence Ana deleted, then makes a letter bold: the bold is where he made it (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here.', a, b);
    await write(ana, () => {
      paragraph().getFirstChildOrThrow<TextNode>().remove();
      paragraph().append($createTextNode('Ana wrote this.'));
    });
    ben.undo.stopCapturing();
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed '));
    await meet(ana, ben);
    expect(text(ben)).toContain('Ben typed ');
    expect(text(ben)).toContain('Ana wrote this.');
    await undo(ben);
    expect(text(ben)).toBe('Ana wrote this.');
    expectBound(ben);
    // "A" of "Ana": the first letter of the paragraph.
    await write(ben, () => {
      const first = paragraph().getFirstChildOrThrow<TextNode>();
      first.splitText(1)[0]!.toggleFormat('bold');
    });
    expectBound(ben);
    expect(bold(ben)).toEqual(['A']);
    await meet(ana, ben);
    expectBound(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(text(ana)).toBe('Ana wrote this.');
    expect(bold(ana)).toEqual(['A']);
  });

  // Ana's undo brings her link back (with its word) in front of the word Ben took out of the link:
  // that word then has no text node's map before it. Upstream deleted it, at the place of the node
  // after it rather than its own, which deleted the citation after the link and the words after it.
  it.each(BOTH_ORDERS)('Ana undoes deleting a linked word while Ben unlinked it: the link comes back and nothing after it is lost (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here. End.', a, b);
    // Ana links "here" and cites right after it; both see it.
    await write(ana, () => {
      const [, here] = paragraph().getFirstChildOrThrow<TextNode>().splitText(13, 17);
      const link = $createLinkNode('https://example.org/here');
      here!.insertBefore(link);
      link.append(here!);
      link.insertAfter($createPassageCitationNode(CITE));
    });
    await meet(ana, ben);
    expect(text(ben)).toBe('Common start here[l’essentiel – La Corée…]. End.');
    // Apart: Ana deletes the linked word (the link goes with it), Ben takes the word out of the link.
    ana.undo.stopCapturing();
    await write(ana, () => {
      const link = paragraph().getChildren().find($isLinkNode) as ElementNode;
      link.getFirstChildOrThrow<TextNode>().remove();
    });
    await write(ben, () => {
      const link = paragraph().getChildren().find($isLinkNode) as ElementNode;
      for (const child of link.getChildren()) link.insertBefore(child);
      link.remove();
    });
    await meet(ana, ben);
    expectBound(ana, ben);
    await undo(ana);
    expectBound(ana);
    await meet(ana, ben);
    expectBound(ana, ben);
    expect(json(ana)).toBe(json(ben));
    // The link is back with its word, and the citation and the words after it are still there.
    // "here" is there twice: in the link Ana's undo brought back, and where Ben moved it out of the
    // link (words moved to another element's shared text are copied, the README's known limit).
    for (const p of [ana, ben]) {
      expect(text(p)).toBe('Common start herehere[l’essentiel – La Corée…]. End.');
      expect(p.editor.getEditorState().read(() => nodes(p).filter($isLinkNode).map((l) => l.getTextContent()))).toEqual(['here']);
    }
  });
});


describe('what the binding writes to follow a change from elsewhere is not an undo step', () => {
  // After the merge, Lexical joins Ben's words and Ana's sentence into one text node and the binding
  // removes the second node's map. Upstream that removal was Ben's newest undo step: his Ctrl+Z
  // brought the map back, Lexical joined the nodes again (a new step), and undo never reached his
  // words. Found by the e2e test in sync.spec.ts, where seconds pass between typing and merging.
  it.each(BOTH_ORDERS)('one undo takes back words typed before a merge, and one redo brings them back (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Kim Jong Un reçoit Choe Son Hui à Pyongyang.', a, b);
    await write(ana, () => {
      paragraph().getFirstChildOrThrow<TextNode>().remove();
      paragraph().append($createTextNode('Ana wrote this.'));
    });
    ben.undo.clear();
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(12, 0, 'Ben typed '));
    // A pause: what comes next is not merged into the same undo step.
    ben.undo.stopCapturing();
    await meet(ana, ben);
    expect(text(ben)).toBe('Ben typed Ana wrote this.');
    await undo(ben);
    expect(text(ben)).toBe('Ana wrote this.');
    expectBound(ben);
    ben.undo.redo();
    await settle(ben);
    expect(text(ben)).toBe('Ben typed Ana wrote this.');
    expectBound(ben);
    await meet(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expectBound(ana, ben);
  });
});

describe('undo after the other person changed the same text node', () => {
  // Both set the format of one text node apart; both undo. The Yjs undo of each takes back their own
  // value, and the format key can end with no value at all. Upstream the editor then held a format
  // of undefined while an editor bound afresh to the document holds the default, 0.
  it.each(BOTH_ORDERS)('both format the same words apart and both undo: no format left, the same in the editor and the document (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here.', a, b);
    // Only the formats are in their histories: an undo whose change the other's overwrote does
    // nothing, and Yjs then undoes the change before it (here, Ana writing the sentence).
    ana.undo.clear();
    ben.undo.clear();
    await write(ana, () => paragraph().getFirstChildOrThrow<TextNode>().toggleFormat('bold'));
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().toggleFormat('italic'));
    await meet(ana, ben);
    await undo(ana);
    expectBound(ana);
    await undo(ben);
    expectBound(ben);
    await meet(ana, ben);
    expectBound(ana, ben);
    expect(json(ana)).toBe(json(ben));
    for (const p of [ana, ben]) {
      expect(text(p)).toBe('Common start here.');
      expect(p.editor.getEditorState().read(() => nodes(p).filter((n): n is TextNode => n.getType() === 'text').map((n) => n.getFormat()))).toEqual([0]);
    }
  });

  // Ana cites inside words Ben deletes; Ben's undo brings the words back on both sides of the chip,
  // the second part right before the bold text node's map. Upstream gave those words to the bold
  // node: the editor showed them bold, the document did not.
  it.each(BOTH_ORDERS)('Ben undoes deleting words Ana cited inside: the words after the chip come back as they were, not bold (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here.', a, b);
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().splitText(13)[1]!.toggleFormat('bold'));
    await meet(ana, ben);
    ben.undo.stopCapturing();
    await write(ana, () => paragraph().getFirstChildOrThrow<TextNode>().splitText(6)[1]!.insertBefore($createPassageCitationNode(CITE)));
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().remove());
    await meet(ana, ben);
    expect(text(ben)).toBe(`[${CITE.label}]here.`);
    await undo(ben);
    expectBound(ben);
    expect(text(ben)).toBe(`Common[${CITE.label}] start here.`);
    expect(bold(ben)).toEqual(['here.']);
    await meet(ana, ben);
    expectBound(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(bold(ana)).toEqual(['here.']);
  });

  // Ben's undo empties a bold text node between two plain ones, which Lexical then merges. Upstream
  // the merge was written first and the emptied node's map was then looked for at an offset the
  // merge had moved: the last space of Ana's words was deleted instead, and the map stayed.
  it.each(BOTH_ORDERS)('Ben undoes words typed into a bold letter Ana linked: the words Ana typed are kept whole (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoWith('Common start here.', a, b);
    await write(ana, () => {
      const [, span] = paragraph().getFirstChildOrThrow<TextNode>().splitText(8, 17);
      const link = $createLinkNode('https://example.org/');
      span!.insertBefore(link);
      link.append(span!);
    });
    ben.undo.stopCapturing();
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().splitText(15, 16)[1]!.toggleFormat('bold'));
    await write(ana, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(8, 0, ' Ana '));
    ben.undo.stopCapturing();
    await write(ben, () => paragraph().getChildren<TextNode>()[1]!.spliceText(0, 0, ' Ben '));
    await meet(ana, ben);
    expect(text(ben)).toBe('Common s Ben  Ana tart here.');
    await undo(ben);
    expectBound(ben);
    expect(text(ben)).toBe('Common s Ana tart here.');
    await meet(ana, ben);
    expectBound(ana, ben);
    expect(json(ana)).toBe(json(ben));
    expect(text(ana)).toBe('Common s Ana tart here.');
  });
});

describe('seeded: apart, both edit one paragraph in every way and undo and redo their own changes', () => {
  // Each edit is its own undo step (a pause between edits, as a person makes them). Undo and redo
  // take back or bring back a person's own changes after the other's merged around them.
  it.each(Array.from({ length: Number(process.env.UNDO_SEEDS ?? 60) }, (_, i) => i + 1))('seed %i: after each edit, undo or redo the editor matches its document; after each meeting both match', async (seed) => {
    const next = random(7000 + seed);
    const [ana, ben] = await twoWith('Common start here.', 1 + Math.floor(next() * 1000), 1001 + Math.floor(next() * 1000));
    for (let round = 0; round < 8; round++) {
      for (let i = 0; i < 3; i++) {
        for (const [p, id] of [[ana, `a${round}${i}`], [ben, `b${round}${i}`]] as const) {
          const roll = next();
          p.undo.stopCapturing();
          if (roll < 0.12) await undo(p);
          else if (roll < 0.18) {
            p.undo.redo();
            await settle(p);
          } else await mixedEdit(p, next, id, []);
          expect(fromDocument(p)).toBe(json(p));
        }
      }
      await meet(ana, ben);
      expect(json(ana)).toBe(json(ben));
      expectBound(ana, ben);
    }
  });
});
