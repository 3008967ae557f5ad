import { useCallback, useEffect, useRef, useState } from 'react';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { SHORTCUT_TRANSFORMERS } from './shortcutTransformers';
import type { LexicalEditor } from 'lexical';
import { db } from '../db/database';
import { saveNoteContent } from '../db/notes';
import type { NoteRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { AutoSavePlugin } from './AutoSavePlugin';
import { ConflictDialog } from './ConflictDialog';
import { EditorToolbar } from './EditorToolbar';
import { ShortcutsPlugin } from './ShortcutsPlugin';
import { NOTE_EDITOR_NODES } from './editorNodes';
import { NOTE_THEME } from './theme';
import { CitePickerPlugin } from './CitePickerPlugin';
import { NodeActionsContext } from './nodeActions';
import { useNoteNodeActions } from './useNoteNodeActions';
import { HorizontalRulePlugin } from './HorizontalRulePlugin';

// Only http(s) and mailto links: a note is data, and a javascript: or file: link is an attack.
const SAFE_URL = /^(https?:|mailto:)/i;
const validateUrl = (url: string) => SAFE_URL.test(url);

interface Props {
  note: NoteRow;
  /** Receives the editor instance, so the reader can insert quotes into the open note. */
  onEditor: (editor: LexicalEditor | null) => void;
}

/**
 * The Lexical editor of one note. The note's stored revision is the base of every save: a save over
 * a newer revision (another window or tab) opens the conflict dialog instead of overwriting.
 */
export function NoteEditor({ note, onEditor }: Props) {
  const { reportError } = useUndo();
  const revision = useRef(note.revision);
  const editorRef = useRef<LexicalEditor | null>(null);
  const pendingContent = useRef<string | null>(null);
  // Typed but not yet handed to save, or being saved: another window's save must not replace it.
  const unsaved = useRef(false);
  const saving = useRef(0);
  const [conflict, setConflict] = useState<NoteRow | null>(null);
  const [linkRequest, setLinkRequest] = useState(0);
  const nodeActions = useNoteNodeActions();

  const save = useCallback(
    async (content: string, force = false) => {
      saving.current++;
      try {
        const result = await saveNoteContent(db, note.id, content, revision.current, force);
        if (result.ok) {
          revision.current = result.revision;
          pendingContent.current = null;
        } else {
          pendingContent.current = content;
          setConflict(result.conflict);
        }
      } catch (error) {
        reportError(`The note could not be saved: ${error instanceof Error ? error.message : String(error)}. Your text is still in the editor.`);
      } finally {
        saving.current--;
      }
    },
    [note.id, reportError],
  );

  const load = useCallback((content: string, newRevision: number) => {
    const editor = editorRef.current;
    revision.current = newRevision;
    if (!editor || content === '') return;
    editor.setEditorState(editor.parseEditorState(content), { tag: 'note-load' });
  }, []);

  // Another window saved this note while ours has nothing unsaved: follow it.
  useEffect(() => {
    if (note.revision > revision.current && pendingContent.current === null && !unsaved.current && saving.current === 0 && !conflict) {
      const editor = editorRef.current;
      const mine = editor ? JSON.stringify(editor.getEditorState().toJSON()) : '';
      if (mine !== note.content) load(note.content, note.revision);
      else revision.current = note.revision;
    }
  }, [note.revision, note.content, conflict, load]);

  const initialConfig = {
    namespace: 'verbatim-note',
    nodes: NOTE_EDITOR_NODES,
    theme: NOTE_THEME,
    editorState: note.content === '' ? undefined : note.content,
    onError: (error: Error) => reportError(`Editor error: ${error.message}`),
  };

  return (
    <NodeActionsContext.Provider value={nodeActions}>
    <LexicalComposer initialConfig={initialConfig}>
      <EditorToolbar linkRequest={linkRequest} />
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label="Note text" spellCheck />}
          placeholder={<div className="editor-placeholder">Write your analysis… (type /cite or @ to cite a passage)</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin validateUrl={validateUrl} />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={SHORTCUT_TRANSFORMERS} />
      <ShortcutsPlugin onLink={() => setLinkRequest(Date.now())} />
      <CitePickerPlugin />
      <AutoSavePlugin save={save} onDirty={(dirty) => (unsaved.current = dirty)} />
      <EditorRefPlugin
        editorRef={(editor) => {
          editorRef.current = editor;
          onEditor(editor);
        }}
      />
      {conflict ? (
        <ConflictDialog
          onReload={() => {
            load(conflict.content, conflict.revision);
            pendingContent.current = null;
            setConflict(null);
          }}
          onKeepMine={() => {
            const mine = pendingContent.current;
            setConflict(null);
            if (mine !== null) void save(mine, true);
          }}
        />
      ) : null}
    </LexicalComposer>
    </NodeActionsContext.Provider>
  );
}
