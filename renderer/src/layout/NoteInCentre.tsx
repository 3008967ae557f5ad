import { NotePanel } from '../notes/NotePanel';
import { useWorkspace } from '../app/workspace';
import { useTranslation } from 'react-i18next';

/** The open note in the middle pane, for long writing; the side panel's Note tab points here meanwhile. */
export function NoteInCentre() {
  const { t } = useTranslation();
  const { setView } = useWorkspace();
  return (
    <main className="view note-centre" aria-label={t('noteInCentre.noteMiddlePane')}>
      <div className="note-centre-bar">
        <button type="button" onClick={() => setView('reader')}>
          {t('noteInCentre.moveNoteBackToTheSide')}
        </button>
      </div>
      <NotePanel />
    </main>
  );
}
