import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
  const [citations, setCitations] = useState<SourceCitations | null>(null);
  const { push, reportError } = useUndo();
  useEffect(() => {
    let live = true;
    sourceCitations(db, source.id).then((c) => live && setCitations(c), (e: Error) => reportError(t('deleteSourceDialog.couldNotReadWhatCites', { title: source.title, message: e.message })));
    return () => {
      live = false;
    };
  }, [source.id, source.title, reportError, t]);
  const confirm = () => {
    onClose();
    trashSource(db, source.id).then(
      () => push(t('deleteSourceDialog.movedToTrash', { title: source.title }), () => restoreSource(db, source.id)),
      (e: Error) => reportError(t('deleteSourceDialog.couldNotMoveToTrash', { title: source.title, message: e.message })),
    );
  };
  return (
    <ConfirmDialog title={t('deleteSourceDialog.moveToTrashQuestion', { title: source.title })} confirmLabel={t('deleteSourceDialog.moveToTrash')} onConfirm={confirm} onCancel={onClose}>
      <CitationSummary citations={citations} />
      <p>{t('deleteSourceDialog.keptUntilRestored')}</p>
    </ConfirmDialog>
  );
}
