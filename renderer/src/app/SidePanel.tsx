import { useWorkspace } from './workspace';
import { PassageSidePanel } from '../reader/PassageSidePanel';
import { NotePanel } from '../notes/NotePanel';
import { PaneBoundary } from './PaneBoundary';

/** The right-hand column: the open source's passages, or the open note, one tab at a time. */
export function SidePanel() {
  const { sideTab, setSideTab, view, setView, noteId } = useWorkspace();
  // The note is mounted in one place only: two editors on one note would save over each other.
  const noteInCentre = view === 'note';
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div
        className="side-tabs"
        role="tablist"
        aria-label="Side panel"
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
          Passages
        </button>
        <button type="button" role="tab" id="tab-note" aria-controls="panel-note" aria-selected={sideTab === 'note'} onClick={() => setSideTab('note')}>
          Note
        </button>
      </div>
      {/* Both stay mounted so the note editor keeps its state and undo history while hidden. */}
      <div role="tabpanel" id="panel-passage" aria-labelledby="tab-passage" hidden={sideTab !== 'passage'} className="side-body">
        <PaneBoundary name="Passages">
          <PassageSidePanel />
        </PaneBoundary>
      </div>
      <div role="tabpanel" id="panel-note" aria-labelledby="tab-note" hidden={sideTab !== 'note'} className="side-body">
        {noteInCentre ? (
          <p className="empty">
            The note is open in the middle pane.{' '}
            <button type="button" className="link-button inline" onClick={() => setView('reader')}>
              Move it back here
            </button>
          </p>
        ) : (
          <>
            {noteId ? (
              <div className="note-move-bar">
                <button type="button" className="link-button inline" onClick={() => setView('note')}>
                  Write in the middle pane
                </button>
              </div>
            ) : null}
            <PaneBoundary name="Note" resetKey={noteId}>
              <NotePanel />
            </PaneBoundary>
          </>
        )}
      </div>
    </aside>
  );
}
