import { createHeadlessEditor } from '@lexical/headless';
import { $convertToMarkdownString } from '@lexical/markdown';
import type { SerializedEditorState } from 'lexical';
import { NOTE_NODES } from '../editor/nodes';
import { noteMarkdownTransformers } from '../editor/markdownTransformers';
import type { ExportContext } from './exportContext';
import { FootnoteCollector } from './footnotes';

export type { ExportContext } from './exportContext';

// A list item whose text starts with what would start a block inside it (a block quote, a heading, a
// nested list, a fence, HTML): Lexical writes the text as is after the marker, so a reader would build
// that block. The first character is escaped instead (for "1." the dot: "\1" would show a backslash).
const LIST_ITEM_BLOCK_START = /^(\s*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)(?:([>#<`~]|[-+*](?=[ \t]|$))|(\d{1,9})([.)]))/gm;

export function guardListItemStarts(markdown: string): string {
  return markdown.replace(LIST_ITEM_BLOCK_START, (_all, marker: string, mark?: string, digits?: string, dot?: string) => (mark !== undefined ? `${marker}\\${mark}` : `${marker}${digits}\\${dot}`));
}

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
  const body = guardListItemStarts(state.read(() => $convertToMarkdownString(noteMarkdownTransformers(ctx, footnotes)).trim(), { editor })).replace(/\u0000/g, '\ufffd');
  if (footnotes.size === 0) return body === '' ? '' : `${body}\n`;
  return `${body === '' ? '' : `${body}\n\n`}${footnotes.render()}\n`;
}
