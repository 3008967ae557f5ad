import { createHeadlessEditor } from '@lexical/headless';
import { $convertToMarkdownString } from '@lexical/markdown';
import type { SerializedEditorState } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';
import { noteMarkdownTransformers } from '../editor/markdownTransformers';
import type { ExportContext } from './exportContext';
import { FootnoteCollector } from './footnotes';

export type { ExportContext } from './exportContext';

/**
 * A note as CommonMark with GFM footnotes, exported by a headless Lexical editor over its stored JSON:
 * the app, `npm run verify`'s tests and the benchmarks share this one implementation. An empty string
 * is an empty note.
 */
export function exportNoteToMarkdown(editorStateJson: string | SerializedEditorState, ctx: ExportContext): string {
  const editor = createHeadlessEditor({
    namespace: 'verbatim-export',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const state = editorStateJson === '' ? editor.getEditorState() : editor.parseEditorState(editorStateJson);
  const footnotes = new FootnoteCollector();
  // Read the parsed state as is: setting it would refuse a note whose root was left with no children.
  const body = state.read(() => $convertToMarkdownString(noteMarkdownTransformers(ctx, footnotes)).trim(), { editor });
  if (footnotes.size === 0) return body === '' ? '' : `${body}\n`;
  return `${body === '' ? '' : `${body}\n\n`}${footnotes.render()}\n`;
}
