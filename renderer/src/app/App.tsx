import { useEffect } from 'react';
import { ShortcutSheet } from '../layout/ShortcutSheet';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { useReviewCount } from '../db/library';
import { ImportReportPanel } from './ImportReportPanel';
import { ImportQuestionDialog } from './ImportQuestionDialog';
import { LibraryPane } from './LibraryPane';
import { ReaderPane } from '../reader/ReaderPane';
import { AllPassagesView } from '../passages/AllPassagesView';
import { ReviewView } from '../passages/ReviewView';
import { EventsView } from '../events/EventsView';
import { TimelineView } from '../events/TimelineView';
import { EntitiesView } from '../entities/EntitiesView';
import { lazyComponent, LazyPart } from './LazyPart';
import { CommandPalette } from '../search/CommandPalette';
import { useAutoBackup } from '../backup/useAutoBackup';
import { useBackUpNow } from '../backup/useBackUpNow';
import { SettingsView } from '../settings/SettingsView';
import { SettingsProvider } from '../settings/uiSettings';
import { SharedNotebookProvider } from '../sync/sharedNotebook';
import { SyncControls, SyncStatusCorner } from '../sync/SyncControls';
import { useImports } from './useImports';
import { useFileDrop } from './useFileDrop';
import { DropOverlay } from './DropOverlay';
import { UndoProvider } from './undo';
import { WorkspaceProvider, useWorkspace, type CentreView as CentreViewName } from './workspace';
import { SidePanel } from './SidePanel';
import { NotesPane } from '../notes/NotesPane';
import { usePreloadNoteEditor } from '../notes/usePreloadNoteEditor';
import { ReaderStateProvider } from '../reader/readerState';
import { ActiveNoteProvider } from '../notes/activeNote';
import { ExportProvider } from '../export/ExportProvider';
import { PaneLayout } from '../layout/PaneLayout';
import { NoteInCentre } from '../layout/NoteInCentre';
import { VIEW_TITLE_KEYS } from '../layout/viewTitles';
import '../layout/layout.css';
import '../layout/theme.css';
import { PaneBoundary } from './PaneBoundary';
import { SafeStartNotice } from './SafeStartNotice';
import { TrashView } from '../trash/TrashView';
import { notebook } from '../platform/notebookApi';
import { useTranslation } from 'react-i18next';
import type { StartMode } from './safeStart';

// The Backups view loads when first shown, with what only it uses (REFI-QDA and W3C interchange, the
// backup schemas, Lexical's headless editor): ~800 KB not parsed and run before the library is on
// screen. The other views are a few KB each and stay in the start bundle.
const BackupsView = lazyComponent(() => import('../backup/BackupsView').then((m) => m.BackupsView));

function ViewSwitch() {
  const { t } = useTranslation();
  const { view, setView } = useWorkspace();
  const reviewCount = useReviewCount();
  // Alt+1…9 switch views from anywhere but a text field (there Alt+digit may type a character).
  useEffect(() => {
    const order: CentreViewName[] = ['reader', 'passages', 'events', 'timeline', 'entities', 'review', 'backups', 'settings', 'trash'];
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const target = event.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      // A checkbox or a button input takes no text: Alt+digit there switches views too (a keyboard user
      // who just ticked « Approximate » was otherwise stuck in the view).
      if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type)) return;
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
    <div className="view-switch" role="group" aria-label={t('app.views')}>
      {tab('reader', t('views.reader'), 1)}
      {tab('passages', t('views.passages'), 2)}
      {tab('events', t('views.events'), 3)}
      {tab('timeline', t('views.timeline'), 4)}
      {tab('entities', t('views.entities'), 5)}
      {tab('review', t('views.reviewWithCount', { count: reviewCount }), 6)}
      {tab('backups', t('views.backups'), 7)}
      {tab('settings', t('views.settings'), 8)}
      {tab('trash', t('views.trash'), 9)}
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

function Shell({ startMode }: { startMode: StartMode }) {
  const { t } = useTranslation();
  const { reports, importTextFiles, importDroppedFiles, busy, question, cancelImport } = useImports();
  const drag = useFileDrop((drop) => void importDroppedFiles(drop), busy);
  useAutoBackup();
  useBackUpNow();
  usePreloadNoteEditor();
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
            <button type="button" onClick={() => void importTextFiles()} disabled={busy} title={t('app.importSourcesHint')}>
              {t('app.importTextFiles')}
            </button>
            <ViewSwitch />
            <SyncControls />
            <ShortcutSheet />
          </>
        }
        library={
          <PaneBoundary name={t('libraryPane.library')}>
            <LibraryPane selectedId={sourceId} onSelect={(id) => openSource(id)} />
          </PaneBoundary>
        }
        notes={
          <PaneBoundary name={t('notesPane.notes')}>
            <NotesPane />
          </PaneBoundary>
        }
        centre={
          <PaneBoundary name={view === 'backups' ? t('views.backups') : t('views.mainView')} resetKey={view}>
            <LazyPart>
              <CentreView view={view} />
            </LazyPart>
          </PaneBoundary>
        }
        centreTitle={t(VIEW_TITLE_KEYS[view])}
        side={<SidePanel />}
      />
      <ImportReportPanel reports={reports} busy={busy} onCancel={cancelImport} />
      {question ? <ImportQuestionDialog pending={question} /> : null}
      <DropOverlay state={drag} />
      <CommandPalette />
      <SyncStatusCorner />
    </div>
  );
}

/** `startMode`: how the last run ended (safeStart.ts), decided before the workspace reads what to reopen. */
export function App({ startMode }: { startMode: StartMode }) {
  const { t } = useTranslation();
  return (
    <SettingsProvider>
    <WorkspaceProvider>
      <UndoProvider>
        <ReaderStateProvider>
          <ActiveNoteProvider>
            <ExportProvider>
              <PaneBoundary name={t('views.window')}>
                <SharedNotebookProvider>
                  <Shell startMode={startMode} />
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
