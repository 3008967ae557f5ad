import { useState } from 'react';
import type { StartMode } from './safeStart';
import { useWorkspace } from './workspace';

/** Says when this start is a safe one, and leads to Backups. */
export function SafeStartNotice({ mode }: { mode: StartMode }) {
  const { setView } = useWorkspace();
  const [shown, setShown] = useState(mode.safe);
  if (!shown) return null;
  return (
    <div className="safe-start" role="status" aria-label="Safe start">
      <p>
        Part of Verbatim failed last time, so {mode.skippedNoteId ? 'the last note was not reopened' : 'nothing was reopened'}. If part of the notebook is damaged, restore a backup from Backups.
      </p>
      <button type="button" onClick={() => {
          setView('backups');
          setShown(false);
        }}>
        Restore from a backup
      </button>
      <button type="button" onClick={() => setShown(false)}>
        Dismiss
      </button>
    </div>
  );
}
