import { useEffect, useMemo, useRef, useState } from 'react';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import type { NoteRow } from '../db/schema';
import { i18n } from '../i18n/i18n';
import { noteProviderFactory } from './noteCollaboration';
import { SharedNoteSavePlugin } from './SharedNoteSavePlugin';
import type { SyncSession } from './syncSession';

/**
 * What a note's editor runs in a shared notebook: Lexical's CollaborationPlugin on the note's own
 * Yjs document (character-by-character merging, remote cursors, and its collaborative undo in place
 * of the history plugin), saving to the notes table as the text changes. The stored content seeds
 * the document the first time anyone opens the note after it was shared.
 */
export function SharedNoteEditorPlugins({ session, note, reportError }: { session: SyncSession; note: NoteRow; reportError: (message: string) => void }) {
  // The content the note had when the editor opened: it seeds an empty shared document only, and a
  // changing value would make Lexical's hook disconnect and reconnect at every save.
  const [seed] = useState(note.content);
  // Read when it is needed: a new function at each render must not remake the providers (a reconnect).
  const report = useRef(reportError);
  report.current = reportError;
  const providers = useMemo(
    () =>
      noteProviderFactory(session, {
        content: () => seed,
        onError: (error) => report.current(i18n.t('errors.couldNotSeedSharedNote', { message: error instanceof Error ? error.message : String(error) })),
      }),
    [session, seed],
  );
  useEffect(() => () => providers.closeAll(), [providers]);
  useEffect(() => {
    session.setOpenNote(note.title);
    return () => session.setOpenNote(null);
  }, [session, note.title]);
  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={note.id}
        providerFactory={providers.factory}
        shouldBootstrap
        username={session.settings.name}
        cursorColor={session.color}
        {...(seed ? { initialEditorState: seed } : {})}
      />
      <SharedNoteSavePlugin noteId={note.id} reportError={reportError} />
    </LexicalCollaboration>
  );
}
