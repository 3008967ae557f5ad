import { describe, expect, it } from 'vitest';
import { createHeadlessEditor } from '@lexical/headless';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { NOTE_NODES } from '@common/editor/nodes';
import { $createPassageQuoteNode, $isPassageQuoteNode, PassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode, $isPassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode } from '@common/editor/EventCitationNode';
import { $insertPassageQuote } from '@common/editor/insertNodes';
import { collectNoteLinks } from '@common/editor/noteLinks';
import { setPassageDetachedInContent } from '@common/editor/detachPassage';

const editor = () => createHeadlessEditor({ namespace: 'test', nodes: NOTE_NODES, onError: (e) => { throw e; } });

function roundTrip(source: LexicalEditor): { first: unknown; second: unknown } {
  const first = source.getEditorState().toJSON();
  const target = editor();
  target.setEditorState(target.parseEditorState(JSON.stringify(first)));
  return { first, second: target.getEditorState().toJSON() };
}

const QUOTE = { passageId: 'p-1', sourceId: 's-003', sourceLabel: 'l’essentiel', exact: 'Sergueï Lavrov 😀 « escalade »', detached: false };
const CITE = { passageId: 'p-2', sourceId: 's-000', label: 'JAKARTA - La Corée…', exact: 'samedi (2/11)', detached: true };
const EVENT = { eventId: 'e-1', title: 'Rencontre Choe–Lavrov à Moscou', dateLabel: '1 novembre 2024' };

describe('custom note nodes', () => {
  const cases = [
    { name: 'a quote block keeps its passage id, source and exact text', build: () => $getRoot().append($createPassageQuoteNode(QUOTE)) },
    { name: 'a citation chip keeps its label, quote and detached flag', build: () => $getRoot().append($createParagraphNode().append($createTextNode('Selon '), $createPassageCitationNode(CITE))) },
    { name: 'an event chip keeps its title and date', build: () => $getRoot().append($createParagraphNode().append($createEventCitationNode(EVENT))) },
  ];
  for (const c of cases) {
    it(`${c.name} through JSON`, () => {
      const e = editor();
      e.update(c.build, { discrete: true });
      const { first, second } = roundTrip(e);
      expect(second).toEqual(first);
      expect(JSON.stringify(first)).toContain('"version":1');
    });
  }

  it('a note quoting and citing several sources round-trips whole', () => {
    const e = editor();
    e.update(
      () => {
        const root = $getRoot();
        root.append($createHeadingNode('h1').append($createTextNode('Analyse')));
        root.append($createPassageQuoteNode(QUOTE));
        root.append($createParagraphNode().append($createTextNode('Voir '), $createPassageCitationNode(CITE), $createTextNode(' et '), $createEventCitationNode(EVENT)));
        root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('point'))));
      },
      { discrete: true },
    );
    const { first, second } = roundTrip(e);
    expect(second).toEqual(first);
    expect(collectNoteLinks(JSON.stringify(first))).toEqual([
      { kind: 'passage', targetId: 'p-1' },
      { kind: 'passage', targetId: 'p-2' },
      { kind: 'event', targetId: 'e-1' },
    ]);
    e.getEditorState().read(() => {
      const [, quote] = $getRoot().getChildren();
      expect($isPassageQuoteNode(quote)).toBe(true);
      expect((quote as PassageQuoteNode).getTextContent()).toBe(QUOTE.exact);
    });
  });

  it('inserting a quote with no caret appends it and leaves a paragraph to type in', () => {
    const e = editor();
    e.update(() => $insertPassageQuote(QUOTE), { discrete: true });
    e.getEditorState().read(() => {
      const types = $getRoot().getChildren().map((n) => n.getType());
      expect(types.slice(-2)).toEqual(['passage-quote', 'paragraph']);
    });
  });

  it('marks a deleted passage detached in stored content, and back', () => {
    const e = editor();
    e.update(() => $getRoot().append($createPassageQuoteNode(QUOTE), $createParagraphNode().append($createPassageCitationNode({ ...CITE, passageId: 'p-1', detached: false }))), { discrete: true });
    const content = JSON.stringify(e.getEditorState().toJSON());
    const detached = setPassageDetachedInContent(content, 'p-1', true);
    const reloaded = editor();
    reloaded.setEditorState(reloaded.parseEditorState(detached));
    reloaded.getEditorState().read(() => {
      const last = $getRoot().getLastChild();
      const nodes = [$getRoot().getFirstChild(), $isElementNode(last) ? last.getFirstDescendant() : null];
      expect($isPassageQuoteNode(nodes[0]) && nodes[0].getData().detached).toBe(true);
      expect($isPassageCitationNode(nodes[1]) && nodes[1].getData().detached).toBe(true);
      // The quote text stays: a note is readable without its passage.
      expect(nodes[0]?.getTextContent()).toBe(QUOTE.exact);
    });
    expect(setPassageDetachedInContent(detached, 'p-1', false)).toBe(content);
    expect(setPassageDetachedInContent(content, 'other', true)).toBe(content);
  });
});
