import { createHeadlessEditor } from '@lexical/headless';
import type { LexicalEditor } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';

/**
 * True when the note editor can open this content: '' (a new note) or Lexical JSON that parses into
 * the app's nodes and can be set as an editor state, which is exactly what opening a note does.
 */
let editor: LexicalEditor | null = null;

export function isLoadableNoteContent(content: string): boolean {
  if (content === '') return true;
  // One editor for every check: setting a state replaces the previous one entirely.
  editor ??= createHeadlessEditor({
    namespace: 'verbatim-backup-check',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  try {
    editor.setEditorState(editor.parseEditorState(content));
    return true;
  } catch {
    return false;
  }
}
