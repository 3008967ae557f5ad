import { useEffect, useMemo } from 'react';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import type { NoteRow } from '../db/schema';
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
  const providerFactory = useMemo(() => noteProviderFactory(session), [session]);
  useEffect(() => {
    session.setOpenNote(note.title);
    return () => session.setOpenNote(null);
  }, [session, note.title]);
  return (
    <LexicalCollaboration>
      <CollaborationPlugin
        id={note.id}
        providerFactory={providerFactory}
        shouldBootstrap
        username={session.settings.name}
        cursorColor={session.color}
        {...(note.content ? { initialEditorState: note.content } : {})}
      />
      <SharedNoteSavePlugin noteId={note.id} reportError={reportError} />
    </LexicalCollaboration>
  );
}
