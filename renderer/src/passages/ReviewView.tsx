import { useLiveQuery } from 'dexie-react-hooks';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import { confirmPassage, isInReview, keepOrphan } from '../db/passages';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';

/**
 * Passages that re-anchoring could not place with certainty. Nothing here was deleted: the user
 * confirms a fuzzy match, re-attaches by selecting new text, or keeps the orphan.
 */
export function ReviewView() {
  const { openPassage } = useWorkspace();
  const { reportError } = useUndo();
  const data = useLiveQuery(async () => {
    const [passages, sources] = await Promise.all([db.passages.toArray(), db.sources.toArray()]);
    // A source in the Trash is reviewed once restored: its passages wait, detached.
    const trashed = new Set(sources.filter((s) => s.deletedAt).map((s) => s.id));
    return { passages: passages.filter((p) => isInReview(p) && !trashed.has(p.sourceId)), titles: citeLabels(sources) };
  }, []);
  if (!data) return <main className="view" aria-label="Needs review" aria-busy="true" />;
  const guard = (work: Promise<void>) => void work.catch((e: Error) => reportError(`Review action failed: ${e.message}`));
  return (
    <main className="view" aria-label="Needs review">
      <h1 className="view-title">Needs review</h1>
      {data.passages.length === 0 ? <p className="empty">Every passage is anchored. Nothing to review.</p> : null}
      <ul className="review-list" aria-label="Passages to review">
        {data.passages.map((p) => (
          <li key={p.id} className={`review-item status-${p.status}`} aria-label={`${p.status} passage: ${p.previousExact ?? p.selector.exact}`}>
            <p className="review-status">
              {p.status === 'fuzzy' ? `Fuzzy match (score ${p.score.toFixed(2)})` : 'Orphaned: not found in the new text'} ·{' '}
              {data.titles.get(p.sourceId) ?? 'Unknown source'}
            </p>
            <blockquote className="passage-text">
              <span className="label">Was: </span>
              {p.previousExact ?? p.selector.exact}
            </blockquote>
            {p.status === 'fuzzy' ? (
              <blockquote className="passage-text">
                <span className="label">Now: </span>
                {p.selector.exact}
              </blockquote>
            ) : null}
            <div className="passage-actions">
              {p.status === 'fuzzy' ? (
                <button type="button" onClick={() => guard(confirmPassage(db, p.id))}>
                  Confirm match
                </button>
              ) : null}
              <button type="button" onClick={() => openPassage(p)}>
                Re-attach…
              </button>
              {p.status === 'orphaned' ? (
                <button type="button" onClick={() => guard(keepOrphan(db, p.id))}>
                  Keep orphan
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
