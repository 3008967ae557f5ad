import { createHeadlessEditor } from '@lexical/headless';
import { $convertToMarkdownString } from '@lexical/markdown';
import type { SerializedEditorState } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';
import { FootnoteCollector } from './footnotes';
import { noteTransformers, type ExportContext } from './noteTransformers';

/**
 * A note as CommonMark with GFM footnotes, exported by a headless Lexical editor over its stored JSON:
 * the app, `npm run verify`'s tests and the benchmarks share this one implementation.
 */
export function exportNoteToMarkdown(content: string | SerializedEditorState, ctx: ExportContext): string {
  const editor = createHeadlessEditor({
    namespace: 'verbatim-export',
    nodes: NOTE_NODES,
    onError: (error) => {
      throw error;
    },
  });
  if (content !== '') editor.setEditorState(editor.parseEditorState(typeof content === 'string' ? content : JSON.stringify(content)));
  const footnotes = new FootnoteCollector();
  let body = '';
  editor.getEditorState().read(() => {
    body = $convertToMarkdownString(noteTransformers(ctx, footnotes));
  });
  const text = body.trim();
  return footnotes.size > 0 ? `${text}\n\n${footnotes.render()}\n` : `${text}\n`;
}
