import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** `note`: the open note, moved to the middle pane for long writing. */
export type CentreView = 'reader' | 'passages' | 'review' | 'events' | 'entities' | 'timeline' | 'backups' | 'settings' | 'note' | 'trash';
export type SideTab = 'passage' | 'note';

/** A request to bring a span of the open source into view and flash it. */
export interface RevealRequest {
  readonly passageId?: string;
  /** Spans to highlight (mentions, search hits); the first is scrolled into view. */
  readonly ranges?: ReadonlyArray<{ start: number; end: number }>;
  readonly kind?: 'mention' | 'search';
  /** Search hits: what was searched (shown in the find bar) and the hit to land on (the best ranked). */
  readonly query?: string;
  readonly current?: number;
  readonly nonce: number;
}

interface Workspace {
  view: CentreView;
  sourceId: string | null;
  passageId: string | null;
  reveal: RevealRequest | null;
  setView(view: CentreView): void;
  /** `keepView: true` (the start-up choice of a first source) leaves the current view alone. */
  openSource(sourceId: string, options?: { keepView?: boolean }): void;
  /**
   * Opens the passage's source in the reader, selects the passage, scrolls to it and flashes it.
   * `showDetails: false` (from a note's chip) leaves the note in the side panel.
   */
  openPassage(passage: { id: string; sourceId: string }, options?: { showDetails?: boolean }): void;
  selectPassage(passageId: string | null): void;
  /** Opens a source in the reader with spans highlighted (mentions, search hits), the first in view. */
  revealRanges(sourceId: string, ranges: ReadonlyArray<{ start: number; end: number }>, kind: 'mention' | 'search', search?: { query: string; current: number }): void;
  /** The note open in the note panel (reopened after a restart). */
  noteId: string | null;
  /** `focusTitle: true` (a new note) puts the cursor in the note's title, its text selected. */
  openNote(noteId: string, options?: { focusTitle?: boolean }): void;
  /** The note whose title takes the focus when it mounts (the last one created). */
  noteTitleFocus: string | null;
  closeNote(): void;
  sideTab: SideTab;
  setSideTab(tab: SideTab): void;
  /** The event open in the Events view. */
  eventId: string | null;
  /** `focus: true` (a new event) puts the caret in its title. */
  openEvent(eventId: string | null, options?: { focus?: boolean }): void;
  eventFocus: boolean;
  /** The entity open in the Actors view. */
  entityId: string | null;
  openEntity(entityId: string | null): void;
  /** Text to bring into view in the open note (a search hit), with a nonce per request. */
  noteReveal: { noteId: string; text: string; nonce: number } | null;
  revealInNote(noteId: string, text: string): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);
const LAST_SOURCE_KEY = 'verbatim.lastSourceId';
const LAST_NOTE_KEY = 'verbatim.lastNoteId';

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<CentreView>('reader');
  const [sourceId, setSourceId] = useState<string | null>(() => localStorage.getItem(LAST_SOURCE_KEY));
  const [passageId, setPassageId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const [noteId, setNoteId] = useState<string | null>(() => localStorage.getItem(LAST_NOTE_KEY));
  const [sideTab, setSideTab] = useState<SideTab>(() => (localStorage.getItem(LAST_NOTE_KEY) ? 'note' : 'passage'));

  const [noteTitleFocus, setNoteTitleFocus] = useState<string | null>(null);
  const openNote = useCallback((id: string, options: { focusTitle?: boolean } = {}) => {
    setNoteId(id);
    setNoteTitleFocus(options.focusTitle ? id : null);
    setSideTab('note');
    localStorage.setItem(LAST_NOTE_KEY, id);
  }, []);
  const closeNote = useCallback(() => {
    setNoteId(null);
    localStorage.removeItem(LAST_NOTE_KEY);
  }, []);

  const openSource = useCallback((id: string, options: { keepView?: boolean } = {}) => {
    setSourceId(id);
    setPassageId(null);
    setReveal(null);
    if (!options.keepView) setView('reader');
    localStorage.setItem(LAST_SOURCE_KEY, id);
  }, []);

  const openPassage = useCallback((passage: { id: string; sourceId: string }, options: { showDetails?: boolean } = {}) => {
    setSourceId(passage.sourceId);
    localStorage.setItem(LAST_SOURCE_KEY, passage.sourceId);
    setPassageId(passage.id);
    if (options.showDetails !== false) setSideTab('passage');
    setView('reader');
    setReveal({ passageId: passage.id, nonce: Date.now() });
  }, []);

  const [eventId, setEventId] = useState<string | null>(null);
  const [eventFocus, setEventFocus] = useState(false);
  const openEvent = useCallback((id: string | null, options: { focus?: boolean } = {}) => {
    setEventId(id);
    setEventFocus(options.focus === true);
    setView('events');
  }, []);

  const revealRanges = useCallback((id: string, ranges: ReadonlyArray<{ start: number; end: number }>, kind: 'mention' | 'search', search?: { query: string; current: number }) => {
    setSourceId(id);
    localStorage.setItem(LAST_SOURCE_KEY, id);
    setPassageId(null);
    setView('reader');
    setReveal({ ranges, kind, ...search, nonce: Date.now() });
  }, []);

  const [entityId, setEntityId] = useState<string | null>(null);
  const openEntity = useCallback((id: string | null) => {
    setEntityId(id);
    setView('entities');
  }, []);
  const [noteReveal, setNoteReveal] = useState<Workspace['noteReveal']>(null);
  const revealInNote = useCallback((id: string, text: string) => {
    setNoteId(id);
    localStorage.setItem(LAST_NOTE_KEY, id);
    setSideTab('note');
    setNoteReveal({ noteId: id, text, nonce: Date.now() });
  }, []);

  const selectPassage = useCallback((id: string | null) => {
    setPassageId(id);
    if (id) setSideTab('passage');
  }, []);

  const value = useMemo<Workspace>(
    () => ({ view, sourceId, passageId, reveal, setView, openSource, openPassage, selectPassage, revealRanges, noteId, openNote, noteTitleFocus, closeNote, sideTab, setSideTab, eventId, openEvent, eventFocus, entityId, openEntity, noteReveal, revealInNote }),
    [view, sourceId, passageId, reveal, openSource, openPassage, selectPassage, revealRanges, noteId, openNote, noteTitleFocus, closeNote, sideTab, eventId, openEvent, eventFocus, entityId, openEntity, noteReveal, revealInNote],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
