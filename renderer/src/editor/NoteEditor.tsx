import { Suspense, use, useState } from 'react';
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
import type { NoteRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { AutoSavePlugin } from './AutoSavePlugin';
import { EditorToolbar } from './EditorToolbar';
import { ShortcutsPlugin } from './ShortcutsPlugin';
import { NOTE_EDITOR_NODES } from './editorNodes';
import { NOTE_THEME } from './theme';
import { CitePickerPlugin } from './CitePickerPlugin';
import { ChipViewsPlugin } from './ChipViewsPlugin';
import { NodeActionsContext } from './nodeActions';
import { ChipTextContext } from './chipText';
import { useNoteNodeActions } from './useNoteNodeActions';
import { HorizontalRulePlugin } from './HorizontalRulePlugin';
import { CaretFromScreenPlugin } from './CaretFromScreenPlugin';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { lazyComponent } from '../app/LazyPart';
import { useSharedNotebook } from '../sync/sharedNotebook';

// Yjs and Lexical's collaboration binding: only a shared notebook's editor runs them, so a local
// notebook's first note does not load them. (With a session, Yjs is already loaded by sync.)
const SharedNoteEditorPlugins = lazyComponent(() => import('../sync/SharedNoteEditorPlugins').then((m) => m.SharedNoteEditorPlugins));

// Only http(s) and mailto links: a note is data, and a javascript: or file: link is an attack.
const SAFE_URL = /^(https?:|mailto:)/i;
const validateUrl = (url: string) => SAFE_URL.test(url);

export interface NoteEditorProps {
  note: NoteRow;
  /** Receives the editor instance, so the reader can insert quotes into the open note. */
  onEditor: (editor: LexicalEditor | null) => void;
}

/**
 * The Lexical editor of one note. Saving, the draft journal and conflicts with changes made elsewhere
 * live in AutoSavePlugin; the stored note it receives is the live one, so a restore or another
 * window's save reaches the open editor.
 */
export function NoteEditor({ note, onEditor }: NoteEditorProps) {
  const { t } = useTranslation();
  const { reportError } = useUndo();
  const [linkRequest, setLinkRequest] = useState(0);
  const nodeActions = useNoteNodeActions(note.content);
  // In a shared notebook the note's Yjs document holds the text (see sync/SharedNoteEditorPlugins).
  const { session } = useSharedNotebook();
  // A shared note's editor waits for its collaboration binding: mounted without it, it would take
  // keys and inserts that the binding's bootstrap then overwrites.
  if (session) use(SharedNoteEditorPlugins.preload());

  const initialConfig = {
    namespace: 'verbatim-note',
    nodes: NOTE_EDITOR_NODES,
    theme: NOTE_THEME,
    editorState: session ? null : note.content === '' ? undefined : note.content,
    onError: (error: Error) => reportError(i18n.t('errors.editorError', { message: error.message })),
  };

  return (
    <ChipTextContext.Provider value={t}>
    <NodeActionsContext.Provider value={nodeActions}>
    <LexicalComposer key={session ? `shared-${session.settings.notebook}` : 'local'} initialConfig={initialConfig}>
      <EditorToolbar linkRequest={linkRequest} />
      {session ? null : <AutoSavePlugin noteId={note.id} stored={note} reportError={reportError} />}
      <div className="editor-shell">
        <RichTextPlugin
          contentEditable={<ContentEditable className="editor-content" aria-label={t('noteEditor.noteText')} spellCheck />}
          placeholder={<div className="editor-placeholder">{t('noteEditor.writeYourAnalysisTypeCiteOr')}</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      {session ? (
        <Suspense fallback={null}>
          <SharedNoteEditorPlugins session={session} note={note} reportError={reportError} />
        </Suspense>
      ) : (
        <HistoryPlugin />
      )}
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin validateUrl={validateUrl} />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={SHORTCUT_TRANSFORMERS} />
      <CaretFromScreenPlugin />
      <ShortcutsPlugin onLink={() => setLinkRequest(Date.now())} />
      <CitePickerPlugin />
      <ChipViewsPlugin />
      <EditorRefPlugin
        editorRef={(editor) => {
          onEditor(editor);
        }}
      />
    </LexicalComposer>
    </NodeActionsContext.Provider>
    </ChipTextContext.Provider>
  );
}
