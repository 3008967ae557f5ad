import * as Y from 'yjs';
import { createHeadlessEditor } from '@lexical/headless';
import { createBinding, syncLexicalUpdateToYjs, type ExcludedProperties, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $getRoot, SKIP_COLLAB_TAG } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';
import { sha256Hex } from '../export/sha256';

/**
 * The first content of a shared note's document, written the same way by everyone who opens the note
 * while the document is still empty.
 *
 * Lexical's own bootstrap writes the stored text with the opening person's Yjs client id, so two
 * people opening a never-opened note in the same instant both seed it and the merged note holds the
 * text twice. Here the seed is written in a separate document under a client id made from the note
 * and the items written: the same items get the same ids, which Yjs merges into one. Anything else
 * (another stored text, or the same text written by another version of the app, with other node
 * properties) gets another id, so two seeds never share ids with different items: at worst both are
 * kept, never a mix of the two.
 */
export function seedClientId(noteId: string, written: Uint8Array): number {
  // Yjs client ids are unsigned 32-bit numbers.
  return Number.parseInt(sha256Hex(`${noteId}\n${Array.from(written).join(',')}`).slice(0, 8), 16);
}

/** The binding only reads awareness for cursors, which a seed has none of. */
function silentProvider(): Provider {
  const awareness = { getLocalState: () => null, getStates: () => new Map(), on: () => undefined, off: () => undefined, setLocalState: () => undefined, setLocalStateField: () => undefined };
  return { awareness, connect: () => undefined, disconnect: () => undefined, on: () => undefined, off: () => undefined } as unknown as Provider;
}

/**
 * The Yjs update that seeds note `noteId` with `content` (the stored Lexical JSON; '' for a new note,
 * which starts as one empty paragraph), as Lexical's binding writes it (with the properties it leaves
 * out, if the app's CollaborationPlugin is given any).
 */
export function noteSeedUpdate(noteId: string, content: string, excludedProperties?: ExcludedProperties): Uint8Array {
  // Written once to learn what is written, then again under the id that names it.
  return writeSeed(noteId, content, seedClientId(noteId, writeSeed(noteId, content, 0, excludedProperties)), excludedProperties);
}

function writeSeed(noteId: string, content: string, clientId: number, excludedProperties: ExcludedProperties | undefined): Uint8Array {
  const editor = createHeadlessEditor({
    namespace: 'verbatim-note-seed',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const provider = silentProvider();
  const binding = createBinding(editor, provider, noteId, doc, new Map([[noteId, doc]]), excludedProperties);
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
