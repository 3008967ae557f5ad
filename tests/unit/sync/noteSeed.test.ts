import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBinding, syncYjsChangesToLexical, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { noteSeedClientId, noteSeedUpdate } from '@common/sync/noteSeed';
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
    expect(noteSeedClientId('note-1', CONTENT)).not.toBe(noteSeedClientId('note-1', older));
    expect(noteSeedClientId('note-1', CONTENT)).not.toBe(noteSeedClientId('note-2', CONTENT));
    const both = docWith(noteSeedUpdate('note-1', CONTENT), noteSeedUpdate('note-1', older));
    const texts = (JSON.parse(shown(both)).root.children as { children: { text?: string }[] }[]).map((p) => p.children.map((c) => c.text ?? '[chip]').join(''));
    expect(texts.sort()).toEqual(['Kim Jong Un reçoit Choe Son Hui.', 'Kim Jong Un reçoit Choe Son Hui.', 'Vu dans [chip]'].sort());
  });
});
