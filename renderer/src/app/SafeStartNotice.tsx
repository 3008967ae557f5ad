import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startCauseText } from '@common/start/startDecision';
import { db } from '../db/database';
import { forgetSkipped, reopenSkipped, type StartMode } from './safeStart';
import { useWorkspace } from './workspace';
import { useTranslation } from 'react-i18next';

/** « the note “X” », « the source “Y” » and « the pane layout », as one list. */
function skippedList(note: string | null, source: string | null, layout: boolean): string {
  const parts = [note === null ? '' : `the note “${note}”`, source === null ? '' : `the source “${source}”`, layout ? 'the pane layout' : ''].filter(Boolean);
  if (parts.length === 0) return '';
  if (parts.length === 1) return `${parts[0]!} was not reopened`;
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!} were not reopened`;
}

/** Says when this start is a safe one: why, what was not reopened (with a way to reopen it), and leads to Backups. */
export function SafeStartNotice({ mode }: { mode: StartMode }) {
  const { t } = useTranslation();
  const { setView } = useWorkspace();
  const [shown, setShown] = useState(mode.safe);
  const noteTitle = useLiveQuery(async () => (mode.skippedNoteId ? ((await db.notes.get(mode.skippedNoteId))?.title ?? null) : null), [mode.skippedNoteId]) ?? null;
  const sourceTitle = useLiveQuery(async () => (mode.skippedSourceId ? ((await db.sources.get(mode.skippedSourceId))?.title ?? null) : null), [mode.skippedSourceId]) ?? null;
  if (!shown) return null;
  const skipped = skippedList(mode.skippedNoteId ? (noteTitle ?? 'last open') : null, mode.skippedSourceId ? (sourceTitle ?? 'last open') : null, mode.skippedLayout);
  const hide = () => {
    forgetSkipped();
    setShown(false);
  };
  return (
    <div className="safe-start" role="status" aria-label={t('safeStartNotice.safeStart')}>
      <p>
        {startCauseText(mode)}, so this is a safe start: {mode.cause === 'pane-failed' ? (mode.skippedNoteId ? 'the last note was not reopened' : 'nothing was reopened') : skipped || 'nothing was reopened'}.
        {mode.recoveredDrafts > 0 ? ` Unsaved text of ${mode.recoveredDrafts === 1 ? '1 note was' : `${mode.recoveredDrafts} notes were`} recovered.` : ''} If part of the notebook is damaged, restore a backup from Backups.
      </p>
      {skipped ? (
        <button type="button" onClick={reopenSkipped}>
          Reopen what was open
        </button>
      ) : null}
      <button type="button" onClick={() => {
          setView('backups');
          hide();
        }}>
        {t('safeStartNotice.restoreFromABackup')}
      </button>
      <button type="button" onClick={hide}>
        Dismiss
      </button>
    </div>
  );
}
