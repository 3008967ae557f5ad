import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBinding, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, TextNode } from 'lexical';
import { noteSeedUpdate } from '@common/sync/noteSeed';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { buildNote, headlessEditor } from '../export/fixtures';

// Written by hand: a note with two paragraphs, one citing a passage of « l’essentiel ».
const CONTENT = buildNote(() => {
  $getRoot().append(
    $createParagraphNode().append($createTextNode('Kim Jong Un reçoit Choe Son Hui.')),
    $createParagraphNode().append($createTextNode('Vu dans '), $createPassageCitationNode({ passageId: 'p-1', sourceId: 's-essentiel', label: 'l’essentiel', exact: 'La Corée du Nord', detached: false })),
  );
});

/** What an editor bound to a copy of `doc` shows, as Lexical's JSON (what a person opening the note sees). */
function shown(doc: Y.Doc): string {
  const editor = headlessEditor();
  const provider = { awareness: { getLocalState: () => null, getStates: () => new Map(), on: () => undefined, off: () => undefined, setLocalState: () => undefined, setLocalStateField: () => undefined } } as unknown as Provider;
  const copy = new Y.Doc();
  const binding = createBinding(editor, provider, 'n', copy, new Map([['n', copy]]));
  binding.root.getSharedType().observeDeep((events) => syncYjsChangesToLexical(binding, provider, events as never, false, () => undefined));
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  editor.update(() => undefined, { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

/** The one Yjs client id an update's items were written under. */
function writer(update: Uint8Array): number {
  const clients = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).keys()];
  expect(clients).toHaveLength(1);
  return clients[0]!;
}

function docWith(...updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('a shared note is seeded the same way by everyone who opens it empty', () => {
  it('the seed shows the stored note, chip and all', () => {
    expect(shown(docWith(noteSeedUpdate('note-1', CONTENT)))).toBe(CONTENT);
  });

  it('two people seeding at once, from the same stored text, end with it once', () => {
    const ana = docWith(noteSeedUpdate('note-1', CONTENT));
    const ben = docWith(noteSeedUpdate('note-1', CONTENT));
    Y.applyUpdate(ana, Y.encodeStateAsUpdate(ben));
    Y.applyUpdate(ben, Y.encodeStateAsUpdate(ana));
    expect(shown(ana)).toBe(CONTENT);
    expect(shown(ben)).toBe(CONTENT);
  });

  it('a new note (no stored text) seeds one empty paragraph, once for two people', () => {
    const both = docWith(noteSeedUpdate('note-2', ''), noteSeedUpdate('note-2', ''));
    const paragraphs = JSON.parse(shown(both)).root.children as { type: string; children: unknown[] }[];
    expect(paragraphs.map((p) => [p.type, p.children.length])).toEqual([['paragraph', 0]]);
  });

  it('different stored texts (or notes) seed under different client ids: both texts are kept, never mixed', () => {
    const older = buildNote(() => $getRoot().append($createParagraphNode().append($createTextNode('Kim Jong Un reçoit Choe Son Hui.'))));
    const seeds = [noteSeedUpdate('note-1', CONTENT), noteSeedUpdate('note-1', older), noteSeedUpdate('note-2', CONTENT)];
    expect(new Set(seeds.map(writer)).size).toBe(3);
    const both = docWith(seeds[0]!, seeds[1]!);
    const texts = (JSON.parse(shown(both)).root.children as { children: { text?: string }[] }[]).map((p) => p.children.map((c) => c.text ?? '[chip]').join(''));
    expect(texts.sort()).toEqual(['Kim Jong Un reçoit Choe Son Hui.', 'Kim Jong Un reçoit Choe Son Hui.', 'Vu dans [chip]'].sort());
  });

  // A second reader's find: another version of the app writes the same text with other items (here,
  // text nodes without their style). Under one id per text, the two merged into garbled words.
  it('the same text written differently (another version of the app) gets another id: kept twice, never garbled', () => {
    const ours = noteSeedUpdate('note-1', CONTENT);
    const theirs = noteSeedUpdate('note-1', CONTENT, new Map([[TextNode, new Set(['__style'])]]));
    expect(theirs).not.toEqual(ours);
    expect(writer(theirs)).not.toBe(writer(ours));
    const texts = (JSON.parse(shown(docWith(ours, theirs))).root.children as { children: { text?: string }[] }[]).map((p) => p.children.map((c) => c.text ?? '[chip]').join(''));
    expect(texts.sort()).toEqual(['Kim Jong Un reçoit Choe Son Hui.', 'Kim Jong Un reçoit Choe Son Hui.', 'Vu dans [chip]', 'Vu dans [chip]']);
  });
});
