import { useWorkspace } from './workspace';
import { PassageSidePanel } from '../reader/PassageSidePanel';
import { NotePanel } from '../notes/NotePanel';
import { PaneBoundary } from './PaneBoundary';
import { useTranslation } from 'react-i18next';

/** The right-hand column: the open source's passages, or the open note, one tab at a time. */
export function SidePanel() {
  const { t } = useTranslation();
  const { sideTab, setSideTab, view, setView, noteId } = useWorkspace();
  // The note is mounted in one place only: two editors on one note would save over each other.
  const noteInCentre = view === 'note';
  return (
    <aside className="side-panel" aria-label={t('sidePanel.sidePanel')}>
      <div
        className="side-tabs"
        role="tablist"
        aria-label={t('sidePanel.sidePanel')}
        // The arrow keys move between tabs, as a tab list promises assistive technology.
        onKeyDown={(event) => {
          if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
          event.preventDefault();
          const next = event.key === 'Home' ? 'passage' : event.key === 'End' ? 'note' : sideTab === 'passage' ? 'note' : 'passage';
          setSideTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        <button type="button" role="tab" id="tab-passage" aria-controls="panel-passage" aria-selected={sideTab === 'passage'} onClick={() => setSideTab('passage')}>
          {t('sidePanel.passages')}
        </button>
        <button type="button" role="tab" id="tab-note" aria-controls="panel-note" aria-selected={sideTab === 'note'} onClick={() => setSideTab('note')}>
          {t('sidePanel.note')}
        </button>
      </div>
      {/* Both stay mounted so the note editor keeps its state and undo history while hidden. */}
      <div role="tabpanel" id="panel-passage" aria-labelledby="tab-passage" hidden={sideTab !== 'passage'} className="side-body">
        <PaneBoundary name={t('sidePanel.passages')}>
          <PassageSidePanel />
        </PaneBoundary>
      </div>
      <div role="tabpanel" id="panel-note" aria-labelledby="tab-note" hidden={sideTab !== 'note'} className="side-body">
        {noteInCentre ? (
          <p className="empty">
            {t('sidePanel.theNoteIsOpenInThe')}{' '}<button type="button" className="link-button inline" onClick={() => setView('reader')}>
              {t('sidePanel.moveItBackHere')}
            </button>
          </p>
        ) : (
          <>
            {noteId ? (
              <div className="note-move-bar">
                <button type="button" className="link-button inline" onClick={() => setView('note')}>
                  {t('sidePanel.writeInTheMiddlePane')}
                </button>
              </div>
            ) : null}
            <PaneBoundary name={t('sidePanel.note')} resetKey={noteId}>
              <NotePanel />
            </PaneBoundary>
          </>
        )}
      </div>
    </aside>
  );
}
