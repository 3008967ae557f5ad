import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useUndo } from '../app/undo';
import { db } from '../db/database';
import type { SourceRow } from '../db/schema';
import { deleteSourceForever, restoreSource, sourceCitations, trashedSources, type SourceCitations } from '../db/trashSources';
import { CitationSummary } from './CitationSummary';
import { rememberDeletedSeed } from './deletedSeeds';

/** « 30 Nov 2026, 11:42 »: when a source was deleted, in the user's own locale. */
function deletedOn(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Deleting forever asks again, naming what goes with the source and what the notes keep. */
function DeleteForeverDialog({ source, onClose }: { source: SourceRow; onClose: () => void }) {
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
        notify(`“${source.title}” deleted forever: ${r.passages} passages and ${r.evidence} pieces of evidence removed; ${r.notes} notes keep their quotes, detached.`);
      },
      (e: Error) => reportError(`Could not delete “${source.title}”: ${e.message}`),
    );
  };
  return (
    <ConfirmDialog title={`Delete “${source.title}” forever?`} confirmLabel="Delete forever" onConfirm={confirm} onCancel={onClose}>
      <CitationSummary citations={citations} />
      <p>Its text, every version, its passages and the evidence they give events are deleted. Notes keep the quoted text, detached. This cannot be undone.</p>
    </ConfirmDialog>
  );
}

/** Sources moved to the Trash, with when; Restore puts one back in the library with its passages attached. */
export function TrashView() {
  const sources = useLiveQuery(() => trashedSources(db), []);
  const { notify, reportError } = useUndo();
  const [forever, setForever] = useState<SourceRow | null>(null);
  const restore = (source: SourceRow) =>
    restoreSource(db, source.id).then(
      () => notify(`“${source.title}” restored to the library.`),
      (e: Error) => reportError(`Could not restore “${source.title}”: ${e.message}`),
    );
  return (
    <main className="view trash-view" aria-label="Trash">
      <h1 className="view-title">Trash</h1>
      <p className="hint">Deleted sources wait here. Their passages and the quotes in notes are kept, shown as detached, until you restore them or delete them forever.</p>
      {sources?.length === 0 ? <p className="empty">The Trash is empty.</p> : null}
      <ul className="trash-list" aria-label="Deleted sources">
        {sources?.map((source) => (
          <li key={source.id} className="trash-item">
            <span className="source-title">{source.title}</span>
            <span className="source-meta">
              <span className="file-name">{source.fileName}</span> · deleted {deletedOn(source.deletedAt)}
            </span>
            <span className="trash-actions">
              <button type="button" aria-label={`Restore ${source.title}`} onClick={() => void restore(source)}>
                Restore
              </button>
              <button type="button" className="danger" aria-label={`Delete ${source.title} forever`} onClick={() => setForever(source)}>
                Delete forever
              </button>
            </span>
          </li>
        ))}
      </ul>
      {forever ? <DeleteForeverDialog source={forever} onClose={() => setForever(null)} /> : null}
    </main>
  );
}
