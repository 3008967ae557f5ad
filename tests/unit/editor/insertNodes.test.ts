import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, $setSelection, type LexicalNode } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $insertEventCitation, $insertPassageCitation, $insertPassageQuote } from '@common/editor/insertNodes';
import { headlessEditor } from '../export/fixtures';

const QUOTE = { passageId: 'p-1', sourceId: 's', sourceLabel: 'Le Figaro', exact: 'Mme Steinheil', detached: false };
const CITE = { passageId: 'p-2', sourceId: 's', label: 'Figaro', exact: 'le peintre', detached: false };
const EVENT = { eventId: 'e-1', title: 'Arrestation', dateLabel: '26 novembre 1908' };

/** The note's shape: each block's type, with its children's types or text. */
function shape(): string[] {
  const describe = (n: LexicalNode): string => ($isTextNode(n) ? JSON.stringify(n.getTextContent()) : n.getType());
  return $getRoot()
    .getChildren()
    .map((block) => ($isElementNode(block) ? `${block.getType()}(${block.getChildren().map(describe).join(' ')})` : block.getType()));
}

/** A note with one paragraph "avant après", the caret between the two words (or no selection). */
function run(withCaret: boolean, insert: () => void, before: () => void = () => undefined): string[] {
  const editor = headlessEditor();
  editor.update(
    () => {
      before();
      const text = $createTextNode('avant après');
      $getRoot().append($createParagraphNode().append(text));
      if (withCaret) text.select(6, 6);
      else $setSelection(null);
      insert();
    },
    { discrete: true },
  );
  return editor.getEditorState().read(shape);
}

describe('inserting quotes and chips', () => {
  const rows = [
    {
      name: 'a quote at the caret splits the paragraph around it',
      caret: true,
      insert: () => $insertPassageQuote(QUOTE),
      expected: ['paragraph("avant ")', 'passage-quote', 'paragraph("après")'],
    },
    {
      name: 'a citation at the caret sits between the words',
      caret: true,
      insert: () => $insertPassageCitation(CITE),
      expected: ['paragraph("avant " passage-citation "après")'],
    },
    {
      name: 'an event chip at the caret sits between the words',
      caret: true,
      insert: () => $insertEventCitation(EVENT),
      expected: ['paragraph("avant " event-citation "après")'],
    },
    {
      name: 'a quote with no selection goes at the end, with a paragraph after it to keep typing',
      caret: false,
      insert: () => $insertPassageQuote(QUOTE),
      expected: ['paragraph("avant après")', 'passage-quote', 'paragraph()'],
    },
    {
      name: 'a citation with no selection continues the last paragraph',
      caret: false,
      insert: () => $insertPassageCitation(CITE),
      expected: ['paragraph("avant après" passage-citation)'],
    },
  ];
  for (const row of rows) it(row.name, () => expect(run(row.caret, row.insert)).toEqual(row.expected));

  it('a chip with no selection after a heading gets a paragraph of its own', () => {
    const editor = headlessEditor();
    editor.update(
      () => {
        $getRoot().append($createHeadingNode('h2').append($createTextNode('Titre')));
        $setSelection(null);
        $insertEventCitation(EVENT);
      },
      { discrete: true },
    );
    expect(editor.getEditorState().read(shape)).toEqual(['heading("Titre")', 'paragraph(event-citation)']);
  });

  it('returns the inserted node', () => {
    const editor = headlessEditor();
    editor.update(
      () => {
        $setSelection(null);
        const node = $insertPassageQuote(QUOTE);
        expect(node.getData()).toEqual(QUOTE);
        expect(node.isAttached()).toBe(true);
      },
      { discrete: true },
    );
  });
});
