import { NotePanel } from '../notes/NotePanel';
import { useWorkspace } from '../app/workspace';

/** The open note in the middle pane, for long writing; the side panel's Note tab points here meanwhile. */
export function NoteInCentre() {
  const { setView } = useWorkspace();
  return (
    <main className="view note-centre" aria-label="Note (middle pane)">
      <div className="note-centre-bar">
        <button type="button" onClick={() => setView('reader')}>
          Move note back to the side panel
        </button>
      </div>
      <NotePanel />
    </main>
  );
}
