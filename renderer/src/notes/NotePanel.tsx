import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { db } from '../db/database';
import { renameNote } from '../db/notes';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { LazyPart, LoadingPart } from '../app/LazyPart';
import { NoteEditor } from '../editor/lazyNoteEditor';
import { useSharedNotebook } from '../sync/sharedNotebook';
import { useActiveNote } from './activeNote';
import { TYPE_AHEAD_ATTRIBUTE, takeTypeAhead } from '../app/typeAhead';
import { useExportActions } from '../export/ExportProvider';
import { useTranslation } from 'react-i18next';

/** Selects the first occurrence of `text` in the open note's editor and scrolls to it; false: no editor on screen yet. */
function revealText(text: string): boolean {
  const root = document.querySelector('.note-panel .editor-content');
  if (!root) return false;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    return true;
  }
  return true;
}

interface HeldKeys {
  text: string;
  stop(): void;
}

/** Takes the keys typed into the title while the editor loads (text, Enter, Backspace), for the text. */
function holdKeys(title: HTMLInputElement, initial: string): HeldKeys {
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    if (event.key === 'Enter') held.text += '\n';
    else if (event.key === 'Backspace' && held.text !== '') held.text = held.text.slice(0, -1);
    else if (event.key.length !== 1 && !/^\p{L}$/u.test(event.key)) return;
    else held.text += event.key;
    event.preventDefault();
    event.stopPropagation();
  };
  const held: HeldKeys = { text: initial, stop: () => title.removeEventListener('keydown', onKey, true) };
  title.addEventListener('keydown', onKey, true);
  return held;
}

/**
 * From the title to the note's text (the blur saves the title), typing there what was typed ahead:
 * as input events, so the editor takes them as it takes keys (and its undo sees them).
 */
function goToText(title: HTMLInputElement, typedAhead = '', framesLeft = 300, held?: HeldKeys): void {
  const panel = title.closest('.note-panel');
  const text = panel?.querySelector<HTMLElement>('[contenteditable="true"]');
  // The editor's code may still be loading (the first note of a session): go on when it is there.
  // (Unless the focus has left the title meanwhile.) Keys typed meanwhile belong to the text, not
  // to the title the focus is still on.
  if (!text && panel?.querySelector('[role="status"]') && framesLeft > 0) {
    const hold = held ?? holdKeys(title, typedAhead);
    return void requestAnimationFrame(() => (document.activeElement === title ? goToText(title, '', framesLeft - 1, hold) : hold.stop()));
  }
  if (held) {
    held.stop();
    typedAhead = held.text;
  }
  if (!text) return void title.blur();
  text.focus();
  if (typedAhead === '') return;
  // The editor shows the new note's (empty) paragraph once it has loaded it: typed before that, the
  // text would be replaced by the load.
  const typeWhenLoaded = (framesLeft: number) => {
    if (!text.querySelector('p') && framesLeft > 0) return void requestAnimationFrame(() => typeWhenLoaded(framesLeft - 1));
    // Lexical keeps its editor on its root element.
    const editor = (text as unknown as { __lexicalEditor?: LexicalEditor }).__lexicalEditor;
    if (!editor) return;
    // Lexical is loaded with the editor (its own chunk), which is on screen by now.
    void import('lexical').then(({ $getRoot }) =>
      editor.update(() => {
        const selection = $getRoot().selectEnd();
        typedAhead.split('\n').forEach((line, i) => {
          if (i > 0) selection.insertParagraph();
          if (line) selection.insertText(line);
        });
      }),
    );
  };
  typeWhenLoaded(300);
}

/**
 * The note's title field. It starts from the stored title and follows a rename made elsewhere, but a
 * late load never overwrites what the user has typed meanwhile.
 */
function NoteTitle({ noteId, stored, onError, focus = false }: { noteId: string; stored: string; onError: (m: string) => void; focus?: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(stored);
  const [seen, setSeen] = useState(stored);
  // The last title sent, so a blur and an unmount do not both rename; forgotten when the stored title
  // changes (a rename elsewhere) or the write fails, so the same words can be sent again.
  const saved = useRef<string | null>(null);
  if (stored !== seen) {
    setSeen(stored);
    setTitle(stored);
    saved.current = null;
  }
  const save = (typed = title) => {
    if (typed.trim() === stored || typed === saved.current) return;
    saved.current = typed;
    void renameNote(db, noteId, typed).catch((e: Error) => {
      saved.current = null;
      onError(`Renaming failed: ${e.message}`);
    });
  };
  // The field can go without a blur (another note opened from a shortcut or by the app): what was typed
  // in it is saved then too.
  const latest = useRef({ title, save });
  latest.current = { title, save };
  useEffect(() => () => latest.current.save(latest.current.title), []);
  return (
    <input
      className="note-title-input"
      aria-label={t('notePanel.noteTitle')}
      value={title}
      onChange={(e) => setTitle(e.target.value)}
      onBlur={() => save()}
      // A new note: the cursor starts in its title, the placeholder title selected to be typed over.
      autoFocus={focus}
      {...(focus ? { [TYPE_AHEAD_ATTRIBUTE]: 'note-title' } : {})}
      // What was typed while the note was being created replaces the placeholder (app/typeAhead.ts).
      onFocus={
        focus
          ? (e) => {
              const input = e.currentTarget;
              const typed = takeTypeAhead('note-title');
              if (typed.title === '') input.select();
              else {
                setTitle(typed.title);
                // The value is set on the next render: put the caret at its end then (after any letter
                // typed into the title meanwhile, too).
                requestAnimationFrame(() => input.setSelectionRange(input.value.length, input.value.length));
              }
              // To the text once the title's value is rendered (the blur saves it). Keys typed until
              // then belong to the text, not to the title the focus is on.
              if (typed.enter) {
                const held = holdKeys(input, typed.text);
                requestAnimationFrame(() => goToText(input, '', undefined, held));
              }
            }
          : undefined
      }
      // Enter saves the title and goes on to the text, as a keyboard user expects (a blur alone left the
      // focus on the page, with no way back but Tab from the top).
      onKeyDown={(e) => {
        // (An Enter that confirms an input method's composition stays with the title.)
        if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
        // Else the Enter, whose default action follows the focus into the text, adds an empty line there.
        e.preventDefault();
        goToText(e.currentTarget);
      }}
    />
  );
}

/** The open note: its title, the editor, and what it needs around it. */
export function NotePanel() {
  const { t } = useTranslation();
  const { noteId, closeNote, noteReveal, noteTitleFocus } = useWorkspace();
  const { reportError } = useUndo();
  const { setEditor } = useActiveNote();
  const { exportNote } = useExportActions();
  const { starting } = useSharedNotebook();
  // useLiveQuery keeps the previous result while a new id loads: tag it with the id it belongs to.
  const loaded = useLiveQuery(async () => ({ id: noteId, note: noteId ? ((await db.notes.get(noteId)) ?? null) : null }), [noteId]);
  const note = loaded && loaded.id === noteId ? loaded.note : undefined;

  // A note that was deleted (or a stale id after a restart) closes instead of showing an error.
  useEffect(() => {
    if (note === null && noteId) closeNote();
    if (note && note.deletedAt !== '') closeNote();
  }, [note, noteId, closeNote]);

  // A search hit in this note: select the words in the editor and scroll them into view.
  useEffect(() => {
    if (!noteReveal || noteReveal.noteId !== note?.id) return;
    // Tried again while the editor's code is loading (the first note opened in the session).
    let timer: ReturnType<typeof setTimeout>;
    const reveal = (triesLeft: number) => {
      if (!revealText(noteReveal.text) && triesLeft > 0 && document.querySelector('.note-panel [role="status"]')) timer = setTimeout(() => reveal(triesLeft - 1), 50);
    };
    timer = setTimeout(() => reveal(100), 50);
    return () => clearTimeout(timer);
  }, [noteReveal, note?.id]);

  if (!noteId || !note) return <p className="empty">{t('notePanel.noNoteOpenUseNewNote')}</p>;
  return (
    <section className="note-panel" aria-label={t('notePanel.note')}>
      <div className="note-title-row">
        <NoteTitle key={note.id} noteId={note.id} stored={note.title} onError={reportError} focus={noteTitleFocus === note.id} />
        <button type="button" onClick={() => void exportNote()} title={t('notePanel.exportNoteAsMarkdownCtrlShift')}>
          {t('notePanel.exportNoteAsMarkdown')}
        </button>
        <button type="button" aria-label={t('notePanel.closeNote')} onClick={closeNote}>
          ×
        </button>
      </div>
      {/* In a shared notebook the editor opens once the session is there (its text is the shared one). */}
      {starting ? (
        <LoadingPart />
      ) : (
        <LazyPart>
          <NoteEditor key={note.id} note={note} onEditor={setEditor} />
        </LazyPart>
      )}
    </section>
  );
}
