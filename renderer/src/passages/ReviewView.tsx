import { useLiveQuery } from 'dexie-react-hooks';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import { confirmPassage, isInReview, keepOrphan } from '../db/passages';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';

/**
 * Passages that re-anchoring could not place with certainty. Nothing here was deleted: the user
 * confirms a fuzzy match, re-attaches by selecting new text, or keeps the orphan.
 */
export function ReviewView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { openPassage } = useWorkspace();
  const { reportError } = useUndo();
  const data = useLiveQuery(async () => {
    const [passages, sources] = await Promise.all([db.passages.toArray(), db.sources.toArray()]);
    // A source in the Trash is reviewed once restored: its passages wait, detached.
    const trashed = new Set(sources.filter((s) => s.deletedAt).map((s) => s.id));
    return { passages: passages.filter((p) => isInReview(p) && !trashed.has(p.sourceId)), titles: citeLabels(sources) };
  }, []);
  if (!data) return <main className="view" aria-label={t('reviewView.needsReview')} aria-busy="true" />;
  const guard = (work: Promise<void>) => void work.catch((e: Error) => reportError(t('errors.reviewFailed', { message: e.message })));
  return (
    <main className="view" aria-label={t('reviewView.needsReview')}>
      <h1 className="view-title">{t('reviewView.needsReview')}</h1>
      {data.passages.length === 0 ? <p className="empty">{t('reviewView.everyPassageIsAnchoredNothingTo')}</p> : null}
      <ul className="review-list" aria-label={t('reviewView.passagesToReview')}>
        {data.passages.map((p) => (
          <li key={p.id} className={`review-item status-${p.status}`} aria-label={t('reviewView.passage', { status: p.status, value: p.previousExact ?? p.selector.exact })}>
            <p className="review-status">
              {p.status === 'fuzzy' ? t('reviewView.fuzzyMatch', { score: format.number(Number(p.score.toFixed(2))) }) : t('reviewView.orphaned')} ·{' '}
              {data.titles.get(p.sourceId) ?? t('events.unknownSource')}
            </p>
            <blockquote className="passage-text">
              <span className="label">{t('reviewView.was')}{' '}</span>
              {p.previousExact ?? p.selector.exact}
            </blockquote>
            {p.status === 'fuzzy' ? (
              <blockquote className="passage-text">
                <span className="label">{t('reviewView.now')}{' '}</span>
                {p.selector.exact}
              </blockquote>
            ) : null}
            <div className="passage-actions">
              {p.status === 'fuzzy' ? (
                <button type="button" onClick={() => guard(confirmPassage(db, p.id))}>
                  {t('reviewView.confirmMatch')}
                </button>
              ) : null}
              <button type="button" onClick={() => openPassage(p)}>
                {t('reviewView.reAttach')}
              </button>
              {p.status === 'orphaned' ? (
                <button type="button" onClick={() => guard(keepOrphan(db, p.id))}>
                  {t('reviewView.keepOrphan')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
