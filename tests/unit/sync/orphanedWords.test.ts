import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type ParagraphNode, type TextNode } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
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
