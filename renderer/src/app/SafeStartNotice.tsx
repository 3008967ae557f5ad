import { useEffect, useState } from 'react';
import { CLEAN_START_MS, startSucceeded, type StartMode } from './safeStart';
import { useWorkspace } from './workspace';

/** Clears the safe-start mark once the app has run cleanly, and says when this start is a safe one. */
export function SafeStartNotice({ mode }: { mode: StartMode }) {
  const { setView } = useWorkspace();
  const [shown, setShown] = useState(mode.safe);
  useEffect(() => {
    const timer = setTimeout(startSucceeded, CLEAN_START_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  return (
    <div className="safe-start" role="status" aria-label="Safe start">
      <p>
        Verbatim did not start cleanly last time, so {mode.skippedNoteId ? 'the last note was not reopened' : 'nothing was reopened'}. If part of the notebook is damaged, restore a backup from Backups.
      </p>
      <button type="button" onClick={() => setView('backups')}>
        Open Backups
      </button>
      <button type="button" onClick={() => setShown(false)}>
        Dismiss
      </button>
    </div>
  );
}
