import { useEffect, useRef, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, type LexicalEditor } from 'lexical';
import { initialSaveState, isSettled, saveStep, type SaveEffect, type SaveEvent, type StoredNote } from '@common/notes/saveMachine';
import { db } from '../db/database';
import { createNote, saveNoteContent } from '../db/notes';
import { WINDOW_ID, draftSaved, dropDraft, writeDraft } from '../notes/draftJournal';
import { registerNoteFlush } from '../notes/openNoteFlush';
import { ConflictDialog } from './ConflictDialog';

/** How long typing may go unsaved: the issue allows half a second; we save sooner. */
export const SAVE_DELAY_MS = 300;

/** Our own loads of a stored note: not an edit. */
export const NOTE_LOAD_TAG = 'note-load';

interface Props {
  noteId: string;
  /** The note as the database shows it now (a live query): another window's save, a restore, ours. */
  stored: StoredNote;
  reportError: (message: string) => void;
}

const serialize = (editor: LexicalEditor) => JSON.stringify(editor.getEditorState().toJSON());

function loadInto(editor: LexicalEditor, content: string): void {
  if (content === '') {
    editor.update(
      () => {
        $getRoot().clear().append($createParagraphNode());
      },
      { tag: NOTE_LOAD_TAG },
    );
  } else editor.setEditorState(editor.parseEditorState(content), { tag: NOTE_LOAD_TAG });
}

/**
 * Wires the save state machine (common/notes/saveMachine.ts) to Lexical and the page: every change
 * goes to the draft journal at once and to IndexedDB 300 ms after typing stops, on blur, and when the
 * page is hidden or goes away; writes of one note form one chain. Renders the conflict choice.
 */
export function AutoSavePlugin({ noteId, stored, reportError }: Props) {
  const [editor] = useLexicalComposerContext();
  const [conflict, setConflict] = useState(false);
  const machine = useRef(initialSaveState(stored));
  const dispatchRef = useRef<(event: SaveEvent) => void>(() => undefined);
  const errorRef = useRef(reportError);
  errorRef.current = reportError;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let copying = 0;
    let waiters: Array<() => void> = [];
    // When the content handed to the save chain left the editor (see SaveOrigin).
    let captured = { content: '', at: 0 };
    const settleWaiters = () => {
      const s = machine.current;
      if ((isSettled(s) || s.conflict) && copying === 0) {
        for (const w of waiters) w();
        waiters = [];
      }
    };

    const run = (effect: SaveEffect) => {
      switch (effect.type) {
        case 'write':
          saveNoteContent(db, noteId, effect.content, effect.baseRevision, {
            windowId: WINDOW_ID,
            capturedAt: captured.content === effect.content ? captured.at : Date.now(),
          }).then(
            (result) => {
              if (result.ok) {
                draftSaved(noteId, effect.content, result.revision);
                dispatch({ type: 'written', revision: result.revision });
              } else dispatch({ type: 'rejected', theirs: { revision: result.conflict.revision, content: result.conflict.content } });
            },
            (error: unknown) => {
              dispatch({ type: 'failed' });
              // Whoever waits for this flush (an export, the window's close) goes on: the text stays unsaved on screen and in the journal.
              for (const w of waiters) w();
              waiters = [];
              errorRef.current(`The note could not be saved: ${error instanceof Error ? error.message : String(error)}. Your text is still in the editor.`);
            },
          );
          return;
        case 'load':
          loadInto(editor, effect.note.content);
          if (copying === 0) dropDraft(noteId);
          return;
        case 'copy':
          copying++;
          void (async () => {
            try {
              const title = (await db.notes.get(noteId))?.title ?? 'Untitled note';
              await createNote(db, `${title} (${effect.whose === 'mine' ? 'your version' : 'other version'})`, effect.content);
              if (isSettled(machine.current)) dropDraft(noteId);
            } catch (error) {
              errorRef.current(`A copy of the note could not be kept: ${error instanceof Error ? error.message : String(error)}.`);
            } finally {
              copying--;
              settleWaiters();
            }
          })();
          return;
      }
    };

    function dispatch(event: SaveEvent) {
      const step = saveStep(machine.current, event);
      machine.current = step.state;
      for (const effect of step.effects) run(effect);
      setConflict(step.state.conflict !== null);
      settleWaiters();
    }
    dispatchRef.current = dispatch;

    const journal = (content = serialize(editor)) => writeDraft(noteId, content, machine.current.base.revision);
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (!machine.current.dirty) return;
      captured = { content: serialize(editor), at: Date.now() };
      dispatch({ type: 'flushed', content: captured.content });
    };
    const flushAndWait = () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        flush();
        settleWaiters();
      });
    const onPageHide = () => {
      if (machine.current.dirty) journal();
      flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onPageHide();
    };
    window.addEventListener('pagehide', onPageHide);
    document.addEventListener('visibilitychange', onVisibility);
    const unregister = mergeRegister(
      registerNoteFlush(flushAndWait),
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if ((dirtyElements.size === 0 && dirtyLeaves.size === 0) || tags.has(NOTE_LOAD_TAG)) return;
        const content = serialize(editor);
        const s = machine.current;
        // The editor's first reconciliation of the note it opened with (Lexical tags it history-merge)
        // marks every node dirty and changes nothing: no draft, no save.
        if (!s.dirty && s.inFlight === null && s.queued === null && content === s.base.content) return;
        // Synchronously, before anything can close the page: this is what survives a kill.
        journal(content);
        dispatch({ type: 'edited' });
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, SAVE_DELAY_MS);
      }),
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('focusout', flush);
        root?.addEventListener('focusout', flush);
      }),
    );
    return () => {
      flush();
      unregister();
      window.removeEventListener('pagehide', onPageHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [editor, noteId]);

  // What the database shows: our own saves are recognised, anything else is followed or asked about.
  useEffect(() => {
    dispatchRef.current({ type: 'stored', note: { revision: stored.revision, content: stored.content } });
  }, [stored.revision, stored.content]);

  if (!conflict) return null;
  return (
    <ConflictDialog
      onReload={() => dispatchRef.current({ type: 'reloadTheirs', mine: serialize(editor) })}
      onKeepMine={() => dispatchRef.current({ type: 'keepMine', mine: serialize(editor) })}
    />
  );
}
