import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startCauseMessage } from '@common/start/startDecision';
import { translateMessage } from '@common/i18n/message';
import { db } from '../db/database';
import { forgetSkipped, reopenSkipped, type StartMode } from './safeStart';
import { useWorkspace } from './workspace';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';

/** « the note “X” », « the source “Y” » and « the pane layout », as one list. */
function skippedList(t: TFunction, note: string | null, source: string | null, layout: boolean): string {
  const parts = [
    note === null ? '' : t('safeStartParts.theNote', { title: note }),
    source === null ? '' : t('safeStartParts.theSource', { title: source }),
    layout ? t('safeStartParts.thePaneLayout') : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  if (parts.length === 1) return t('safeStartParts.oneNotReopened', { item: parts[0]! });
  return t('safeStartParts.severalNotReopened', { items: parts.slice(0, -1).join(', '), last: parts[parts.length - 1]! });
}

/** Says when this start is a safe one: why, what was not reopened (with a way to reopen it), and leads to Backups. */
export function SafeStartNotice({ mode }: { mode: StartMode }) {
  const { t } = useTranslation();
  const { setView } = useWorkspace();
  const [shown, setShown] = useState(mode.safe);
  const noteTitle = useLiveQuery(async () => (mode.skippedNoteId ? ((await db.notes.get(mode.skippedNoteId))?.title ?? null) : null), [mode.skippedNoteId]) ?? null;
  const sourceTitle = useLiveQuery(async () => (mode.skippedSourceId ? ((await db.sources.get(mode.skippedSourceId))?.title ?? null) : null), [mode.skippedSourceId]) ?? null;
  if (!shown) return null;
  const skipped = skippedList(
    t,
    mode.skippedNoteId ? (noteTitle ?? t('safeStartParts.lastOpen')) : null,
    mode.skippedSourceId ? (sourceTitle ?? t('safeStartParts.lastOpen')) : null,
    mode.skippedLayout,
  );
  const what = mode.cause === 'pane-failed' ? (mode.skippedNoteId ? t('safeStartParts.lastNoteNotReopened') : t('safeStartParts.nothingWasReopened')) : skipped || t('safeStartParts.nothingWasReopened');
  const cause = startCauseMessage(mode);
  const sentences = [
    t('safeStartParts.safeStartBecause', { cause: cause ? translateMessage(t, cause) : '', what }),
    mode.recoveredDrafts > 0 ? t('safeStartParts.draftsRecovered', { count: mode.recoveredDrafts }) : '',
    t('safeStartParts.ifDamaged'),
  ].filter(Boolean);
  const hide = () => {
    forgetSkipped();
    setShown(false);
  };
  return (
    <div className="safe-start" role="status" aria-label={t('safeStartNotice.safeStart')}>
      <p>{sentences.join(' ')}</p>
      {skipped ? (
        <button type="button" onClick={reopenSkipped}>
          {t('safeStartParts.reopenWhatWasOpen')}
        </button>
      ) : null}
      <button type="button" onClick={() => {
          setView('backups');
          hide();
        }}>
        {t('safeStartNotice.restoreFromABackup')}
      </button>
      <button type="button" onClick={hide}>
        {t('safeStartNotice.dismiss')}
      </button>
    </div>
  );
}
