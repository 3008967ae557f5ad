
import { useTranslation } from 'react-i18next';interface Props {
  onReload: () => void;
  onKeepMine: () => void;
}

/**
 * The note was changed elsewhere (another window, a restore) while this editor had unsaved text.
 * A non-modal bar above the editor: it never takes focus from the editor, so typing goes on into the
 * note, and no button is a default one that Enter or Space could press. Either choice keeps the other
 * side as a copy: no typed word is dropped.
 */
export function ConflictDialog({ onReload, onKeepMine }: Props) {
  const { t } = useTranslation();
  return (
    <div className="conflict-bar" role="dialog" aria-modal="false" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">{t('conflictDialog.thisNoteChangedElsewhere')}</h2>
      <p id="conflict-text" role="status">
        {t('conflictDialog.aNewerVersionOfThisNote')}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onReload}>
          {t('conflictDialog.reloadTheirs')}
        </button>
        <button type="button" onClick={onKeepMine}>
          {t('conflictDialog.keepMine')}
        </button>
      </div>
    </div>
  );
}
