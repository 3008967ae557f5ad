import { useEffect } from 'react';
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
import { useImports } from './useImports';
import { UndoProvider } from './undo';
import { WorkspaceProvider, useWorkspace, type CentreView as CentreViewName } from './workspace';
import { SidePanel } from './SidePanel';
import { NotesPane } from '../notes/NotesPane';
import { ReaderStateProvider } from '../reader/readerState';
import { ActiveNoteProvider } from '../notes/activeNote';
import { ExportProvider } from '../export/ExportProvider';
import { PaneBoundary } from './PaneBoundary';
import { SafeStartNotice } from './SafeStartNotice';
import { beginStart } from './safeStart';

// Before the workspace reads what to reopen: a start after a crash does not reopen the last note.
const startMode = beginStart();

function ViewSwitch() {
  const { view, setView } = useWorkspace();
  const reviewCount = useLiveQuery(async () => (await db.passages.toArray()).filter(isInReview).length, []) ?? 0;
  const tab = (id: CentreViewName, label: string) => (
    <button type="button" aria-pressed={view === id} onClick={() => setView(id)}>
      {label}
    </button>
  );
  return (
    <div className="view-switch" role="group" aria-label="Views">
      {tab('reader', 'Reader')}
      {tab('passages', 'All passages')}
      {tab('events', 'Events')}
      {tab('timeline', 'Timeline')}
      {tab('entities', 'Actors')}
      {tab('review', `Needs review (${reviewCount})`)}
      {tab('backups', 'Backups')}
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
  }
}

function Shell() {
  const { reports, importTextFiles, busy, question } = useImports();
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
      <header className="toolbar" role="toolbar" aria-label="Notebook">
        <span className="app-name">Verbatim</span>
        <button type="button" onClick={() => void importTextFiles()} disabled={busy}>
          Import text files…
        </button>
        <ViewSwitch />
      </header>
      <SafeStartNotice mode={startMode} />
      <div className="panes">
        <div className="left-column">
          <PaneBoundary name="Library">
            <LibraryPane selectedId={sourceId} onSelect={(id) => openSource(id)} />
          </PaneBoundary>
          <PaneBoundary name="Notes">
            <NotesPane />
          </PaneBoundary>
        </div>
        <PaneBoundary name={view === 'backups' ? 'Backups' : 'Main view'} resetKey={view}>
          <CentreView view={view} />
        </PaneBoundary>
        <SidePanel />
      </div>
      <ImportReportPanel reports={reports} busy={busy} />
      {question ? <ImportQuestionDialog pending={question} /> : null}
      <CommandPalette />
    </div>
  );
}

export function App() {
  return (
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
  );
}
