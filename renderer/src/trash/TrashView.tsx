import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useUndo } from '../app/undo';
import { db } from '../db/database';
import type { SourceRow } from '../db/schema';
import { deleteSourceForever, restoreSource, sourceCitations, trashedSources, type SourceCitations } from '../db/trashSources';
import { CitationSummary } from './CitationSummary';
import { rememberDeletedSeed } from './deletedSeeds';
import { useFormat } from '../i18n/useFormat';

/** « 30 Nov 2026, 11:42 »: when a source was deleted, in the language shown. */
function deletedOn(iso: string | undefined, dateTime: (instant: string) => string): string {
  if (!iso) return '';
  return Number.isNaN(new Date(iso).getTime()) ? iso : dateTime(iso);
}

/** Deleting forever asks again, naming what goes with the source and what the notes keep. */
function DeleteForeverDialog({ source, onClose }: { source: SourceRow; onClose: () => void }) {
  const { t } = useTranslation();
  const [citations, setCitations] = useState<SourceCitations | null>(null);
  const { notify, reportError } = useUndo();
  useEffect(() => {
    let live = true;
    sourceCitations(db, source.id).then((c) => live && setCitations(c), (e: Error) => reportError(e.message));
    return () => {
      live = false;
    };
  }, [source.id, reportError]);
  const confirm = () => {
    onClose();
    deleteSourceForever(db, source.id).then(
      (r) => {
        rememberDeletedSeed(source.path);
        notify(
          t('trashView.deletedForeverNotice', {
            title: source.title,
            passages: t('trashView.passages', { count: r.passages }),
            evidence: t('trashView.piecesOfEvidence', { count: r.evidence }),
            notes: t('trashView.notesKeepTheirQuotes', { count: r.notes }),
          }),
        );
      },
      (e: Error) => reportError(t('trashView.couldNotDelete', { title: source.title, message: e.message })),
    );
  };
  return (
    <ConfirmDialog title={t('trashView.deleteForeverQuestion', { title: source.title })} confirmLabel={t('trashView.deleteForever')} onConfirm={confirm} onCancel={onClose}>
      <CitationSummary citations={citations} />
      <p>{t('trashView.whatDeletingForeverDeletes')}</p>
    </ConfirmDialog>
  );
}

/** Sources moved to the Trash, with when; Restore puts one back in the library with its passages attached. */
export function TrashView() {
  const { t } = useTranslation();
  const format = useFormat();
  const sources = useLiveQuery(() => trashedSources(db), []);
  const { notify, reportError } = useUndo();
  const [forever, setForever] = useState<SourceRow | null>(null);
  const restore = (source: SourceRow) =>
    restoreSource(db, source.id).then(
      () => notify(t('trashView.restoredToLibrary', { title: source.title })),
      (e: Error) => reportError(t('trashView.couldNotRestore', { title: source.title, message: e.message })),
    );
  return (
    <main className="view trash-view" aria-label={t('trashView.trash')}>
      <h1 className="view-title">{t('trashView.trash')}</h1>
      <p className="hint">{t('trashView.deletedSourcesWaitHere')}</p>
      {sources?.length === 0 ? <p className="empty">{t('trashView.theTrashIsEmpty')}</p> : null}
      <ul className="trash-list" aria-label={t('trashView.deletedSources')}>
        {sources?.map((source) => (
          <li key={source.id} className="trash-item">
            <span className="source-title">{source.title}</span>
            <span className="source-meta">
              <span className="file-name">{source.fileName}</span> · {t('trashView.deletedOn', { date: deletedOn(source.deletedAt, format.dateTime) })}
            </span>
            <span className="trash-actions">
              <button type="button" aria-label={t('trashView.restoreTitle', { title: source.title })} onClick={() => void restore(source)}>
                {t('trashView.restore')}
              </button>
              <button type="button" className="danger" aria-label={t('trashView.deleteTitleForever', { title: source.title })} onClick={() => setForever(source)}>
                {t('trashView.deleteForever')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {forever ? <DeleteForeverDialog source={forever} onClose={() => setForever(null)} /> : null}
    </main>
  );
}
