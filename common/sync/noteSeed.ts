import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { createBinding, syncLexicalUpdateToYjs, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $getRoot, SKIP_COLLAB_TAG } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';
import { sha256Hex } from '../export/sha256';

/**
 * The first content of a shared note's document, written the same way by everyone who opens the note
 * while the document is still empty.
 *
 * Lexical's own bootstrap writes the stored text with the opening person's Yjs client id, so two
 * people opening a never-opened note in the same instant both seed it and the merged note holds the
 * text twice. Here the seed is written in a separate document whose client id comes from the note
 * and its content: the same content gives the same items with the same ids, which Yjs merges into
 * one. A different content (one person's copy was older) gives another id, so the two seeds never
 * share ids with different content: at worst both texts are kept, never a mix of the two.
 */
export function noteSeedClientId(noteId: string, content: string): number {
  // Yjs client ids are unsigned 32-bit numbers.
  return Number.parseInt(sha256Hex(`${noteId}\n${content}`).slice(0, 8), 16);
}

/** The binding only reads awareness for cursors, which a seed has none of. */
function silentProvider(): Provider {
  const awareness = { getLocalState: () => null, getStates: () => new Map(), on: () => undefined, off: () => undefined, setLocalState: () => undefined, setLocalStateField: () => undefined };
  return { awareness, connect: () => undefined, disconnect: () => undefined, on: () => undefined, off: () => undefined } as unknown as Provider;
}

/**
 * The Yjs update that seeds note `noteId` with `content` (the stored Lexical JSON; '' for a new note,
 * which starts as one empty paragraph), as Lexical's binding writes it.
 */
export function noteSeedUpdate(noteId: string, content: string): Uint8Array {
  const editor = createHeadlessEditor({
    namespace: 'verbatim-note-seed',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const doc = new Y.Doc();
  doc.clientID = noteSeedClientId(noteId, content);
  const provider = silentProvider();
  const binding = createBinding(editor, provider, noteId, doc, new Map([[noteId, doc]]));
  const stop = editor.registerUpdateListener(({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
    if (!tags.has(SKIP_COLLAB_TAG)) syncLexicalUpdateToYjs(binding, provider, prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags);
  });
  try {
    // As Lexical's bootstrap does it: the stored state set inside an update.
    editor.update(
      () => {
        if (content === '') $getRoot().append($createParagraphNode());
        else editor.setEditorState(editor.parseEditorState(content));
      },
      { discrete: true },
    );
  } finally {
    stop();
  }
  return Y.encodeStateAsUpdate(doc);
}
