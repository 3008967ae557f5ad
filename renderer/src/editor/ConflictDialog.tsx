interface Props {
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
  return (
    <div className="conflict-bar" role="dialog" aria-modal="false" aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <h2 id="conflict-title">This note changed elsewhere</h2>
      <p id="conflict-text" role="status">
        A newer version of this note was saved elsewhere while you were editing it here. Reload theirs (your text here is kept as a copy
        named “(your version)”) or keep yours (theirs is kept as a copy named “(other version)”). Your typing is kept meanwhile.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onReload}>
          Reload theirs
        </button>
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
