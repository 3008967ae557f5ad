import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { db } from '../db/database';
import { sourceCitations, trashSource, type SourceCitations } from '../db/trashSources';
import type { SourceRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { restoreSource } from '../db/trashSources';
import { CitationSummary } from './CitationSummary';

/**
 * Asks before a source goes to the Trash, saying what cites it. Its passages and the notes' quotes
 * stay (shown detached) and Restore brings them back; the notice also offers an undo.
 */
export function DeleteSourceDialog({ source, onClose }: { source: SourceRow; onClose: () => void }) {
  const [citations, setCitations] = useState<SourceCitations | null>(null);
  const { push, reportError } = useUndo();
  useEffect(() => {
    let live = true;
    sourceCitations(db, source.id).then((c) => live && setCitations(c), (e: Error) => reportError(`Could not read what cites “${source.title}”: ${e.message}`));
    return () => {
      live = false;
    };
  }, [source.id, source.title, reportError]);
  const confirm = () => {
    onClose();
    trashSource(db, source.id).then(
      () => push(`“${source.title}” moved to the Trash.`, () => restoreSource(db, source.id)),
      (e: Error) => reportError(`Could not move “${source.title}” to the Trash: ${e.message}`),
    );
  };
  return (
    <ConfirmDialog title={`Move “${source.title}” to the Trash?`} confirmLabel="Move to Trash" onConfirm={confirm} onCancel={onClose}>
      <CitationSummary citations={citations} />
      <p>Its passages and the quotes in notes are kept, shown as detached, until you restore it from the Trash (Alt+9).</p>
    </ConfirmDialog>
  );
}
