import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LexicalEditor } from 'lexical';
import { db } from '../db/database';
import { createNote } from '../db/notes';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import type { InsertRequest } from '../editor/insertIntoNote';
import { useFlushBeforeClose } from './useFlushBeforeClose';
import { i18n } from '../i18n/i18n';

interface ActiveNote {
  /** Called by the note panel with its editor (null when it unmounts). */
  setEditor(editor: LexicalEditor | null): void;
  /** Inserts a quote, a citation or an event chip into the open note, creating a note if none is open. */
  insert(request: InsertRequest): Promise<void>;
}

const ActiveNoteContext = createContext<ActiveNote | null>(null);

export function ActiveNoteProvider({ children }: { children: ReactNode }) {
  const { noteId, openNote, setSideTab } = useWorkspace();
  const { reportError } = useUndo();
  const [editor, setEditorState] = useState<LexicalEditor | null>(null);
  const pending = useRef<InsertRequest[]>([]);
  useFlushBeforeClose();

  const run = useCallback(
    async (target: LexicalEditor, request: InsertRequest) => {
      try {
        // With the editor's code (Lexical), loaded by now since an editor is open.
        const { insertIntoNote } = await import('../editor/insertIntoNote');
        await insertIntoNote(db, target, request);
      } catch (error) {
        reportError(i18n.t('errors.couldNotInsert', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [reportError],
  );

  // A note opened for a pending insertion receives it as soon as its editor is ready.
  useEffect(() => {
    if (!editor || pending.current.length === 0) return;
    const queue = pending.current;
    pending.current = [];
    void (async () => {
      for (const request of queue) await run(editor, request);
    })();
  }, [editor, run]);

  const insert = useCallback(
    async (request: InsertRequest) => {
      setSideTab('note');
      if (noteId && editor) return run(editor, request);
      pending.current.push(request);
      if (!noteId) openNote((await createNote(db, 'Untitled note')).id);
      else openNote(noteId);
    },
    [noteId, editor, run, openNote, setSideTab],
  );

  const value = useMemo(() => ({ setEditor: setEditorState, insert }), [insert]);
  return <ActiveNoteContext.Provider value={value}>{children}</ActiveNoteContext.Provider>;
}

export function useActiveNote(): ActiveNote {
  const value = useContext(ActiveNoteContext);
  if (!value) throw new Error('useActiveNote outside ActiveNoteProvider');
  return value;
}
