import { useEffect, useRef } from 'react';

interface Props {
  onReload: () => void;
  onKeepMine: () => void;
}

/** An in-app dialog: the note was saved elsewhere since this copy was loaded. Nothing is dropped silently. */
export function ConflictDialog({ onReload, onKeepMine }: Props) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="conflict-title" aria-describedby="conflict-text">
        <h2 id="conflict-title">This note changed in another window</h2>
        <p id="conflict-text">
          A newer version of this note was saved elsewhere while you were editing it here. Reload it (your changes here are discarded) or keep
          yours (the other version is replaced).
        </p>
        <div className="dialog-actions">
          <button ref={first} type="button" onClick={onReload}>
            Reload theirs
          </button>
          <button type="button" onClick={onKeepMine}>
            Keep mine
          </button>
        </div>
      </div>
    </div>
  );
}
