import { useEffect } from 'react';
import { ShortcutSheet } from '../layout/ShortcutSheet';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { isInReview } from '../db/passages';
import { ImportReportPanel } from './ImportReportPanel';
import { ImportQuestionDialog } from './ImportQuestionDialog';
import { LibraryPane } from './LibraryPane';
import { ReaderPane } from '../reader/ReaderPane';
import { AllPassagesView } from '../passages/AllPassagesView';
import { ReviewView } from '../passages/ReviewView';
import { EventsView } from '../events/EventsView';
import { TimelineView } from '../events/TimelineView';
import { EntitiesView } from '../entities/EntitiesView';
import { CommandPalette } from '../search/CommandPalette';
import { BackupsView } from '../backup/BackupsView';
import { useAutoBackup } from '../backup/useAutoBackup';
import { SettingsView } from '../settings/SettingsView';
import { SettingsProvider } from '../settings/uiSettings';
import { useImports } from './useImports';
import { useFileDrop } from './useFileDrop';
import { DropOverlay } from './DropOverlay';
import { UndoProvider } from './undo';
import { WorkspaceProvider, useWorkspace, type CentreView as CentreViewName } from './workspace';
import { SidePanel } from './SidePanel';
import { NotesPane } from '../notes/NotesPane';
import { ReaderStateProvider } from '../reader/readerState';
import { ActiveNoteProvider } from '../notes/activeNote';
import { ExportProvider } from '../export/ExportProvider';
import { PaneLayout } from '../layout/PaneLayout';
import { NoteInCentre } from '../layout/NoteInCentre';
import { VIEW_TITLES } from '../layout/viewTitles';
import '../layout/layout.css';
import '../layout/theme.css';
import { PaneBoundary } from './PaneBoundary';
import { SafeStartNotice } from './SafeStartNotice';
import { beginStart } from './safeStart';
import { TrashView } from '../trash/TrashView';
import { notebook } from '../platform/notebookApi';

// Before the workspace reads what to reopen: a start after a crash does not reopen the last note.
const startMode = beginStart();

function ViewSwitch() {
  const { view, setView } = useWorkspace();
  const reviewCount =
    useLiveQuery(async () => {
      const trashed = new Set((await db.sources.filter((s) => Boolean(s.deletedAt)).toArray()).map((s) => s.id));
      return (await db.passages.toArray()).filter((p) => isInReview(p) && !trashed.has(p.sourceId)).length;
    }, []) ?? 0;
  // Alt+1…8 switch views from anywhere but a text field (there Alt+digit may type a character).
  useEffect(() => {
    const order: CentreViewName[] = ['reader', 'passages', 'events', 'timeline', 'entities', 'review', 'backups', 'settings', 'trash'];
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const index = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (!index) return;
      event.preventDefault();
      setView(order[Number(index) - 1]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);
  // The View menu's Trash item (Electron) opens the same view as Alt+9.
  useEffect(() => notebook.onMenuCommand((command) => command === 'show-trash' && setView('trash')), [setView]);
  const tab = (id: CentreViewName, label: string, key: number) => (
    <button type="button" aria-pressed={view === id} aria-keyshortcuts={`Alt+${key}`} title={`Alt+${key}`} onClick={() => setView(id)}>
      {label}
    </button>
  );
  return (
    <div className="view-switch" role="group" aria-label="Views">
      {tab('reader', 'Reader', 1)}
      {tab('passages', 'All passages', 2)}
      {tab('events', 'Events', 3)}
      {tab('timeline', 'Timeline', 4)}
      {tab('entities', 'Actors', 5)}
      {tab('review', `Needs review (${reviewCount})`, 6)}
      {tab('backups', 'Backups', 7)}
      {tab('settings', 'Settings', 8)}
      {tab('trash', 'Trash', 9)}
    </div>
  );
}

function CentreView({ view }: { view: CentreViewName }) {
  switch (view) {
    case 'reader':
      return <ReaderPane />;
    case 'passages':
      return <AllPassagesView />;
    case 'events':
      return <EventsView />;
    case 'timeline':
      return <TimelineView />;
    case 'entities':
      return <EntitiesView />;
    case 'review':
      return <ReviewView />;
    case 'backups':
      return <BackupsView />;
    case 'settings':
      return <SettingsView />;
    case 'note':
      return <NoteInCentre />;
    case 'trash':
      return <TrashView />;
  }
}

function Shell() {
  const { reports, importTextFiles, importDroppedFiles, busy, question, cancelImport } = useImports();
  const drag = useFileDrop((drop) => void importDroppedFiles(drop), busy);
  useAutoBackup();
  const { view, sourceId, openSource } = useWorkspace();
  // Sources in the Trash are not opened: the reader moves on to one in the library.
  const firstSourceId = useLiveQuery(async () => (await db.sources.orderBy('fileName').filter((s) => !s.deletedAt).first())?.id ?? null, []);
  const selectedExists = useLiveQuery(async () => {
    const selected = sourceId ? await db.sources.get(sourceId) : undefined;
    return selected !== undefined && !selected.deletedAt;
  }, [sourceId]);

  // Open the last source read, or the first one, once the library has any.
  useEffect(() => {
    if (selectedExists === false && firstSourceId) openSource(firstSourceId, { keepView: true });
  }, [selectedExists, firstSourceId, openSource]);

  return (
    <div className="app">
      <SafeStartNotice mode={startMode} />
      <PaneLayout
        toolbar={
          <>
            <span className="app-name">Verbatim</span>
            <button type="button" onClick={() => void importTextFiles()} disabled={busy} title="Text, Markdown, web pages (.html), PDF and Word (.docx) files; or drop files or a folder on the window">
              Import sources…
            </button>
            <ViewSwitch />
            <ShortcutSheet />
          </>
        }
        library={
          <PaneBoundary name="Library">
            <LibraryPane selectedId={sourceId} onSelect={(id) => openSource(id)} />
          </PaneBoundary>
        }
        notes={
          <PaneBoundary name="Notes">
            <NotesPane />
          </PaneBoundary>
        }
        centre={
          <PaneBoundary name={view === 'backups' ? 'Backups' : 'Main view'} resetKey={view}>
            <CentreView view={view} />
          </PaneBoundary>
        }
        centreTitle={VIEW_TITLES[view]}
        side={<SidePanel />}
      />
      <ImportReportPanel reports={reports} busy={busy} onCancel={cancelImport} />
      {question ? <ImportQuestionDialog pending={question} /> : null}
      <DropOverlay state={drag} />
      <CommandPalette />
    </div>
  );
}

export function App() {
  return (
    <SettingsProvider>
    <WorkspaceProvider>
      <UndoProvider>
        <ReaderStateProvider>
          <ActiveNoteProvider>
            <ExportProvider>
              <PaneBoundary name="Window">
                <Shell />
              </PaneBoundary>
            </ExportProvider>
          </ActiveNoteProvider>
        </ReaderStateProvider>
      </UndoProvider>
    </WorkspaceProvider>
    </SettingsProvider>
  );
}
