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
import { SharedNotebookProvider } from '../sync/sharedNotebook';
import { SyncControls, SyncStatusCorner } from '../sync/SyncControls';
import { useImports } from './useImports';
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

// Before the workspace reads what to reopen: a start after a crash does not reopen the last note.
const startMode = beginStart();

function ViewSwitch() {
  const { view, setView } = useWorkspace();
  const reviewCount = useLiveQuery(async () => (await db.passages.toArray()).filter(isInReview).length, []) ?? 0;
  // Alt+1…8 switch views from anywhere but a text field (there Alt+digit may type a character).
  useEffect(() => {
    const order: CentreViewName[] = ['reader', 'passages', 'events', 'timeline', 'entities', 'review', 'backups', 'settings'];
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      const index = /^Digit([1-8])$/.exec(event.code)?.[1];
      if (!index) return;
      event.preventDefault();
      setView(order[Number(index) - 1]!);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView]);
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
  }
}

function Shell() {
  const { reports, importTextFiles, busy, question, progress, cancelImport } = useImports();
  useAutoBackup();
  const { view, sourceId, openSource } = useWorkspace();
  const firstSourceId = useLiveQuery(async () => (await db.sources.orderBy('fileName').first())?.id ?? null, []);
  const selectedExists = useLiveQuery(async () => (sourceId ? (await db.sources.get(sourceId)) !== undefined : false), [sourceId]);

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
            <button type="button" onClick={() => void importTextFiles()} disabled={busy}>
              Import text files…
            </button>
            <ViewSwitch />
            <SyncControls />
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
      <ImportReportPanel reports={reports} busy={busy} progress={progress} onCancel={cancelImport} />
      {question ? <ImportQuestionDialog pending={question} /> : null}
      <CommandPalette />
      <SyncStatusCorner />
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
                <SharedNotebookProvider>
                  <Shell />
                </SharedNotebookProvider>
              </PaneBoundary>
            </ExportProvider>
          </ActiveNoteProvider>
        </ReaderStateProvider>
      </UndoProvider>
    </WorkspaceProvider>
    </SettingsProvider>
  );
}
