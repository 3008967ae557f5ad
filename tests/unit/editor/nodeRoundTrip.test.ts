import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createPassageQuoteNode, $isPassageQuoteNode, PassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode, $isPassageCitationNode, PassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode, $isEventCitationNode, EventCitationNode } from '@common/editor/EventCitationNode';
import { collectNoteLinks } from '@common/editor/noteLinks';
import { setPassageDetachedInContent } from '@common/editor/detachPassage';
import { seedFiles, steinheilFiles } from '../../support/paths';
import { buildNote, firstLongLine, headlessEditor, loadSource } from '../export/fixtures';

/** Loads stored JSON into a fresh headless editor and writes it out again. */
function reload(json: string): string {
  const editor = headlessEditor();
  editor.setEditorState(editor.parseEditorState(json));
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** Loads stored JSON and runs `fn` on its nodes (in document order), inside a read of that state. */
function inNote<T>(json: string, fn: (nodes: LexicalNode[]) => T): T {
  const editor = headlessEditor();
  editor.setEditorState(editor.parseEditorState(json));
  return editor.getEditorState().read(() => {
    const nodes: LexicalNode[] = [];
    const walk = (n: LexicalNode) => {
      nodes.push(n);
      if ($isElementNode(n)) n.getChildren().forEach(walk);
    };
    walk($getRoot());
    return fn(nodes);
  });
}

const QUOTE = { passageId: 'p-1', sourceId: 's-003', sourceLabel: 'l’essentiel', exact: 'Sergueï Lavrov 😀 « escalade »\nsur deux lignes', detached: false };
const CITE = { passageId: 'p-2', sourceId: 's-000', label: 'JAKARTA - La Corée…', exact: 'samedi (2/11)', detached: true };
const EVENT = { eventId: 'e-1', title: 'Rencontre Choe–Lavrov à Moscou', dateLabel: '1er novembre 2024' };

describe('each custom node round-trips through JSON in a headless editor', () => {
  const rows = [
    { name: 'a quote block keeps its passage, source, exact text and detached flag', type: 'passage-quote', data: QUOTE, build: () => $getRoot().append($createPassageQuoteNode(QUOTE)) },
    { name: 'a citation chip keeps its passage, label, quote and detached flag', type: 'passage-citation', data: CITE, build: () => $getRoot().append($createParagraphNode().append($createTextNode('Selon '), $createPassageCitationNode(CITE))) },
    { name: 'an event chip keeps its event, title and date', type: 'event-citation', data: EVENT, build: () => $getRoot().append($createParagraphNode().append($createEventCitationNode(EVENT))) },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const json = buildNote(row.build);
      expect(reload(json)).toBe(json);
      const serialized = inNote(json, (nodes) => nodes.find((n) => n.getType() === row.type)!.exportJSON());
      expect(serialized).toEqual({ ...row.data, type: row.type, version: 1 });
    });
  }
});

describe('reading stored JSON', () => {
  it('fills missing or mistyped fields with defaults instead of failing to open the note', () => {
    const json = JSON.stringify({
      root: {
        type: 'root', version: 1, direction: null, format: '', indent: 0,
        children: [
          { type: 'passage-quote', version: 1, passageId: 42, exact: 'gardé' },
          { type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'passage-citation', version: 1, detached: 'yes' }, { type: 'event-citation', version: 1, title: 'T' }] },
        ],
      },
    });
    inNote(json, (nodes) => {
      const [quote, citation, event] = nodes.filter((n) => n.getType() !== 'root' && n.getType() !== 'paragraph');
      expect($isPassageQuoteNode(quote) && quote.getData()).toEqual({ passageId: '', sourceId: '', sourceLabel: '', exact: 'gardé', detached: false });
      expect($isPassageCitationNode(citation) && citation.getData()).toEqual({ passageId: '', sourceId: '', label: '', exact: '', detached: false });
      expect($isEventCitationNode(event) && event.getData()).toEqual({ eventId: '', title: 'T', dateLabel: '' });
    });
  });

  it('gives every node the text a reader sees: the quote itself, or the chip in brackets', () => {
    const json = buildNote(() => $getRoot().append($createPassageQuoteNode(QUOTE), $createParagraphNode().append($createPassageCitationNode(CITE), $createEventCitationNode(EVENT))));
    const texts = inNote(json, (nodes) => nodes.filter((n) => n instanceof PassageQuoteNode || n instanceof PassageCitationNode || n instanceof EventCitationNode).map((n) => n.getTextContent()));
    expect(texts).toEqual([QUOTE.exact, `[${CITE.label}]`, `[${EVENT.title}, ${EVENT.dateLabel}]`]);
  });
});

describe('a note quoting and citing several real sources', () => {
  const sources = [...seedFiles(), ...steinheilFiles()].map(loadSource);
  const passages = sources.map((s, i) => firstLongLine(s, `p${i}`));
  const json = buildNote(() => {
    const root = $getRoot();
    root.append($createHeadingNode('h1').append($createTextNode('Analyse croisée')));
    passages.forEach((p, i) => {
      root.append($createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: p.sourceTitle, exact: p.exact, detached: false }));
      const cited = passages[(i + 1) % passages.length]!;
      root.append(
        $createParagraphNode().append(
          $createTextNode('Ce que confirme '),
          $createPassageCitationNode({ passageId: cited.id, sourceId: cited.fileName, label: cited.sourceTitle.slice(0, 24), exact: cited.exact, detached: false }),
          $createTextNode(' lors de '),
          $createEventCitationNode(EVENT),
        ),
      );
    });
    root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('point'))));
  });

  it('comes back identical after a reload', () => {
    expect(reload(json)).toBe(json);
    expect(reload(reload(json))).toBe(json);
  });

  it('keeps every quote’s exact text, character for character', () => {
    const exacts = inNote(json, (nodes) => nodes.filter($isPassageQuoteNode).map((q) => q.getData().exact));
    expect(exacts).toEqual(passages.map((p) => p.exact));
  });

  it('lists every passage and event it cites once, in order of first mention', () => {
    // Quote p0, then its paragraph cites p1 and the event; every later passage is new when quoted.
    const [first, second, ...rest] = passages.map((p) => ({ kind: 'passage', targetId: p.id }));
    expect(collectNoteLinks(json)).toEqual([first, second, { kind: 'event', targetId: EVENT.eventId }, ...rest]);
  });
});

describe('detaching', () => {
  it('marks a deleted passage detached in stored content, keeps its text, and can undo it', () => {
    const content = buildNote(() => $getRoot().append($createPassageQuoteNode(QUOTE), $createParagraphNode().append($createPassageCitationNode({ ...CITE, passageId: 'p-1', detached: false }))));
    const detached = setPassageDetachedInContent(content, 'p-1', true);
    inNote(detached, (nodes) => {
      const [quote, citation] = nodes.filter((n) => $isPassageQuoteNode(n) || $isPassageCitationNode(n));
      expect($isPassageQuoteNode(quote) && quote.getData().detached).toBe(true);
      expect($isPassageCitationNode(citation) && citation.getData().detached).toBe(true);
      // The quote text stays: a note is readable without its passage.
      expect(quote?.getTextContent()).toBe(QUOTE.exact);
    });
    expect(setPassageDetachedInContent(detached, 'p-1', false)).toBe(content);
    expect(setPassageDetachedInContent(content, 'other', true)).toBe(content);
  });

  it('setDetached writes a new record and leaves the earlier editor state as it was', () => {
    const editor = headlessEditor();
    editor.update(() => $getRoot().append($createPassageQuoteNode(QUOTE)), { discrete: true });
    const before = editor.getEditorState();
    editor.update(() => ($getRoot().getFirstChild() as PassageQuoteNode).setDetached(true), { discrete: true });
    before.read(() => expect(($getRoot().getFirstChild() as PassageQuoteNode).getData().detached).toBe(false));
    editor.getEditorState().read(() => expect(($getRoot().getFirstChild() as PassageQuoteNode).getData().detached).toBe(true));
  });
});
