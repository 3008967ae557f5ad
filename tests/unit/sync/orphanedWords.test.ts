import { describe, expect, it } from 'vitest';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, $getSelection, type ElementNode, type ParagraphNode, type RangeSelection, type TextNode } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { seededRandom as random } from '../support/seededRandom';
import { CITE } from './support/noteEdits';
import { BOTH_ORDERS, fromDocument, json, meet, person, write, type Person } from './support/notePeople';

/**
 * Words typed apart into a paragraph the other person deleted come back, as a paragraph where it
 * was: Yjs alone deletes them with their paragraph (common/sync/orphanedWords.ts). Here the two meet
 * directly, each applying the other's whole state as a reconnection does; the one who typed the
 * words rescues them (tests/unit/syncServer/orphanedWords.test.ts has the server's share).
 */

const paragraph = () => $getRoot().getFirstChildOrThrow<ParagraphNode>();

/** The text of each top-level element of a person's note, as they see it. */
function blocks(p: Person): string[] {
  return p.editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getTextContent()));
}

/** Both see the same note, and what each editor shows is what its document holds. */
function expectSame(ana: Person, ben: Person): void {
  expect(json(ben)).toBe(json(ana));
  for (const p of [ana, ben]) expect(fromDocument(p)).toBe(json(p));
}

async function twoPeople(a: number, b: number, build: () => void): Promise<[Person, Person]> {
  const ana = person(a);
  const ben = person(b);
  await write(ana, build);
  await meet(ana, ben);
  return [ana, ben];
}

const oneSentence = () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Common start here.')));

/** Ana erases the whole note and writes another sentence (what Ctrl+A then typing does). */
const anaRewrites = () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Ana wrote this.')));

describe('words typed into a paragraph the other person deleted apart', () => {
  it.each(BOTH_ORDERS)('come back as a paragraph where it was, for both (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, anaRewrites);
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed '));
    await meet(ana, ben);
    // Before: ['Ana wrote this.'], Ben's words gone on both screens.
    expect(blocks(ana)).toEqual(['Ben typed ', 'Ana wrote this.']);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('stay deleted when the other had them when deleting the paragraph (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed '));
    await meet(ana, ben);
    expect(blocks(ana)).toEqual(['Common Ben typed start here.']);
    await write(ana, anaRewrites);
    await meet(ana, ben);
    expect(blocks(ben)).toEqual(['Ana wrote this.']);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('come back without the letters their writer erased before meeting (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, anaRewrites);
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(7, 0, 'Ben typed teh '));
    // "teh " erased, "the end " typed in its place.
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(17, 4, 'the end '));
    expect(blocks(ben)).toEqual(['Common Ben typed the end start here.']);
    await meet(ana, ben);
    expect(blocks(ana)).toEqual(['Ben typed the end ', 'Ana wrote this.']);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('come back bold where they were bold, with the citation chip put among them (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, anaRewrites);
    await write(ben, () => {
      const [, rest] = paragraph().getFirstChildOrThrow<TextNode>().splitText(7);
      const plain = $createTextNode('Ben saw ');
      const strong = $createTextNode('this').toggleFormat('bold');
      rest!.insertBefore(plain);
      rest!.insertBefore(strong);
      rest!.insertBefore($createPassageCitationNode(CITE));
    });
    await meet(ana, ben);
    // A citation's text is its label in brackets.
    expect(blocks(ben)).toEqual([`Ben saw this[${CITE.label}]`, 'Ana wrote this.']);
    const rescued = ben.editor.getEditorState().read(() =>
      $getRoot()
        .getFirstChildOrThrow<ElementNode>()
        .getChildren()
        .map((n) => (n.getType() === 'text' ? `${n.getTextContent()}${(n as TextNode).hasFormat('bold') ? ' (bold)' : ''}` : n.getType())),
    );
    expect(rescued).toEqual(['Ben saw ', 'this (bold)', 'passage-citation']);
    const chip = JSON.parse(json(ben)).root.children[0].children[2];
    expect(chip).toMatchObject({ type: 'passage-citation', ...CITE });
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('in a link come back as words of the rescued paragraph (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, () =>
      $getRoot().clear().append($createParagraphNode().append($createTextNode('See '), $createLinkNode('https://example.org/').append($createTextNode('the report')), $createTextNode('.'))),
    );
    await write(ana, anaRewrites);
    await write(ben, () => {
      const link = paragraph().getChildAtIndex<ElementNode>(1)!;
      link.getFirstChildOrThrow<TextNode>().spliceText(4, 0, 'full ');
      paragraph().getLastChildOrThrow<TextNode>().spliceText(0, 0, ' (Ben)');
    });
    expect(blocks(ben)).toEqual(['See the full report (Ben).']);
    await meet(ana, ben);
    expect(blocks(ana)).toEqual(['full  (Ben)', 'Ana wrote this.']);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('in a list item the other removed come back right after the list (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, () =>
      $getRoot()
        .clear()
        .append(
          $createListNode('bullet').append($createListItemNode().append($createTextNode('Moscou')), $createListItemNode().append($createTextNode('Pyongyang'))),
          $createParagraphNode().append($createTextNode('End.')),
        ),
    );
    const item = (i: number) => $getRoot().getFirstChildOrThrow<ElementNode>().getChildAtIndex<ElementNode>(i)!;
    await write(ana, () => item(0).remove());
    await write(ben, () => item(0).getFirstChildOrThrow<TextNode>().spliceText(6, 0, ' en novembre'));
    await meet(ana, ben);
    expect(blocks(ben)).toEqual(['Pyongyang', ' en novembre', 'End.']);
    expect(ben.editor.getEditorState().read(() => $getRoot().getChildren().map((n) => n.getType()))).toEqual(['list', 'paragraph', 'paragraph']);
    expectSame(ana, ben);
  });

  // Found by a second reader: each rescue went to the index of its deleted paragraph, and an insert
  // at an index goes past the deleted paragraphs there, so each landed before the one before it.
  it.each(BOTH_ORDERS)('typed into two paragraphs erased at once come back in their order (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, () =>
      $getRoot()
        .clear()
        .append(...['Moscou.', 'Pyongyang.', 'Séoul.'].map((t) => $createParagraphNode().append($createTextNode(t)))),
    );
    await write(ana, anaRewrites);
    for (const [i, words] of ['un ', 'deux ', 'trois '].entries()) {
      await write(ben, () => $getRoot().getChildAtIndex<ParagraphNode>(i)!.getFirstChildOrThrow<TextNode>().spliceText(0, 0, words));
    }
    await meet(ana, ben);
    expect(blocks(ana)).toEqual(['un ', 'deux ', 'trois ', 'Ana wrote this.']);
    expectSame(ana, ben);
  });

  // The map of a text node deleted before the meeting (bold taken off: Lexical joins the words to the
  // node before) still holds its values while an undo may restore it.
  it.each(BOTH_ORDERS)('come back as their writer last saw them: bold taken off stays off (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, anaRewrites);
    await write(ben, () => {
      const [, rest] = paragraph().getFirstChildOrThrow<TextNode>().splitText(7);
      rest!.insertBefore($createTextNode('vite ').toggleFormat('bold'));
    });
    await write(ben, () => paragraph().getChildAtIndex<TextNode>(1)!.toggleFormat('bold'));
    await meet(ana, ben);
    const rescued = ben.editor.getEditorState().read(() => paragraph().getChildren().map((n) => [n.getTextContent(), (n as TextNode).hasFormat('bold')]));
    expect(rescued).toEqual([['vite ', false]]);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('typed at both ends of the paragraph, with a line break, come back apart and with it (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, anaRewrites);
    await write(ben, () => paragraph().append($createTextNode(' alpha'), $createLineBreakNode(), $createTextNode('beta')));
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(0, 0, 'Start'));
    expect(blocks(ben)).toEqual(['StartCommon start here. alpha\nbeta']);
    await meet(ana, ben);
    expect(blocks(ana)).toEqual(['Start alpha\nbeta', 'Ana wrote this.']);
    expect(ana.editor.getEditorState().read(() => paragraph().getChildren().map((n) => n.getType()))).toEqual(['text', 'linebreak', 'text']);
    expectSame(ana, ben);
  });

  it.each(BOTH_ORDERS)('typed by both into the paragraph each deleted apart stay deleted: each erased their own (client ids %i, %i)', async (a, b) => {
    const [ana, ben] = await twoPeople(a, b, oneSentence);
    await write(ana, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(0, 0, 'Ana '));
    await write(ana, anaRewrites);
    await write(ben, () => paragraph().getFirstChildOrThrow<TextNode>().spliceText(0, 0, 'Ben '));
    await write(ben, () => $getRoot().clear().append($createParagraphNode().append($createTextNode('Ben wrote this.'))));
    await meet(ana, ben);
    expect([...blocks(ana)].sort()).toEqual(['Ana wrote this.', 'Ben wrote this.']);
    expectSame(ana, ben);
  });
});

/**
 * Seeded runs: two people apart type words (each a unique token) at the start or end of any text,
 * add paragraphs, delete paragraphs, rewrite the whole note and erase their own words, then meet.
 * The oracle, kept beside the editors: a token is deleted knowingly when the one who deleted it
 * saw it (it was in their editor, in what they deleted). At the end every token appears exactly
 * once unless someone deleted it knowingly, and then not at all.
 */
describe('words typed apart while the other deletes paragraphs, seeded', () => {
  const SEEDS = Number(process.env.RESCUE_SEEDS ?? 40);
  it.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i: every word is there once unless someone who saw it deleted it', async (seed) => {
    const next = random(9100 + seed);
    const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)];
    const [ana, ben] = await twoPeople(1 + Math.floor(next() * 1000), 1001 + Math.floor(next() * 1000), () =>
      $getRoot()
        .clear()
        .append(...['t0', 't1', 't2'].map((t) => $createParagraphNode().append($createTextNode(` ${t} `)))),
    );
    const typed = new Set(['t0', 't1', 't2']);
    const deletedKnowingly = new Set<string>();
    const tokensIn = (words: string) => words.match(/t\d+/g) ?? [];
    let count = 3;
    for (let round = 0; round < 4; round++) {
      for (const p of [ana, ben]) {
        for (let op = 0; op < 3; op++) {
          const token = `t${count++}`;
          const roll = next();
          let typing = '';
          await write(p, () => {
            const paragraphs = $getRoot().getChildren().filter((n): n is ParagraphNode => n.getType() === 'paragraph');
            const texts = paragraphs.flatMap((n) => n.getChildren()).filter((n): n is TextNode => n.getType() === 'text');
            if (roll < 0.45 && texts.length > 0) {
              const node = pick(texts)!;
              typed.add(token);
              // Typed at a caret, key by key below: a whole word spliced in at once leaves the
              // binding's text diff to guess where it went among the same letters of other words.
              const at = next() < 0.5 ? 0 : node.getTextContentSize();
              node.select(at, at);
              typing = ` ${token} `;
            } else if (roll < 0.6) {
              typed.add(token);
              $getRoot().append($createParagraphNode().append($createTextNode(` ${token} `)));
            } else if (roll < 0.8 && paragraphs.length > 0) {
              const gone = pick(paragraphs)!;
              for (const t of tokensIn(gone.getTextContent())) deletedKnowingly.add(t);
              gone.remove();
            } else if (roll < 0.88) {
              for (const t of tokensIn($getRoot().getTextContent())) deletedKnowingly.add(t);
              typed.add(token);
              $getRoot().clear().append($createParagraphNode().append($createTextNode(` ${token} `)));
            } else {
              // Erases one of the words it sees, whole.
              const node = pick(texts.filter((n) => tokensIn(n.getTextContent()).length > 0));
              if (!node) return;
              const word = pick(tokensIn(node.getTextContent()))!;
              const at = node.getTextContent().indexOf(` ${word} `);
              if (at < 0) return;
              deletedKnowingly.add(word);
              // Selected and erased, as a person does: the caret tells the binding which of the
              // same letters went.
              node.select(at, at + word.length + 2);
              ($getSelection() as RangeSelection).removeText();
            }
          });
          for (const key of typing) await write(p, () => ($getSelection() as RangeSelection).insertText(key));
        }
      }
      await meet(ana, ben);
      expectSame(ana, ben);
    }
    const final = tokensIn(ana.editor.getEditorState().read(() => $getRoot().getTextContent()));
    for (const token of typed) {
      expect({ token, times: final.filter((t) => t === token).length }).toEqual({ token, times: deletedKnowingly.has(token) ? 0 : 1 });
    }
  });
});
