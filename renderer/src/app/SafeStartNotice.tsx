import { useState } from 'react';
import type { StartMode } from './safeStart';
import { useWorkspace } from './workspace';
import { useTranslation } from 'react-i18next';

/** Says when this start is a safe one, and leads to Backups. */
export function SafeStartNotice({ mode }: { mode: StartMode }) {
  const { t } = useTranslation();
  const { setView } = useWorkspace();
  const [shown, setShown] = useState(mode.safe);
  if (!shown) return null;
  return (
    <div className="safe-start" role="status" aria-label={t('safeStartNotice.safeStart')}>
      <p>
        {mode.skippedNoteId ? t('safeStartNotice.lastNoteNotReopened') : t('safeStartNotice.nothingReopened')}
      </p>
      <button type="button" onClick={() => {
          setView('backups');
          setShown(false);
        }}>
        {t('safeStartNotice.restoreFromABackup')}
      </button>
      <button type="button" onClick={() => setShown(false)}>
        {t('safeStartNotice.dismiss')}
      </button>
    </div>
  );
}
