import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import { useWorkspace } from '../app/workspace';
import { TagManager } from './TagManager';
import { pageLabelOf, passagePages } from '../db/passagePages';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../layout/VirtualList';

// A passage's row: up to three lines of quote and one of details, measured once drawn.
const PASSAGE_ROW_HEIGHT = 72;

/** Every passage across sources, filtered by tag, with counts per tag. */
export function AllPassagesView() {
  const { t } = useTranslation();
  const { openPassage } = useWorkspace();
  const [tag, setTag] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const [passages, sources, tags] = await Promise.all([db.passages.orderBy('createdAt').toArray(), db.sources.toArray(), db.tags.orderBy('name').toArray()]);
    const counts = new Map<string, number>();
    for (const p of passages) for (const t of p.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    const trashed = new Set(sources.filter((s) => s.deletedAt).map((s) => s.id));
    return { passages, titles: citeLabels(sources), trashed, tags, counts, pages: await passagePages(db, passages) };
  }, []);
  if (!data) return <main className="view" aria-label={t('allPassagesView.allPassages')} aria-busy="true" />;
  const pageLabel = (p: { id: string }) => {
    const label = pageLabelOf(data.pages, p.id);
    return label ? ` · ${label}` : '';
  };
  const shown = tag ? data.passages.filter((p) => p.tags.includes(tag)) : data.passages;
  return (
    <main className="view" aria-label={t('allPassagesView.allPassages')}>
      <h1 className="view-title">{t('allPassagesView.allPassages')}</h1>
      <div className="tag-filter" role="group" aria-label={t('allPassagesView.filterByTag')}>
        <button type="button" aria-pressed={tag === null} onClick={() => setTag(null)}>
          {t('allPassagesView.all', { length: data.passages.length })}
        </button>
        {data.tags.map((t) => (
          <button key={t.name} type="button" aria-pressed={tag === t.name} onClick={() => setTag(t.name)} style={{ borderColor: t.color }}>
            <span className="swatch" style={{ backgroundColor: t.color }} aria-hidden="true" />
            {t.name} ({data.counts.get(t.name) ?? 0})
          </button>
        ))}
      </div>
      <VirtualList
        items={shown}
        itemKey={(p) => p.id}
        label={t('allPassagesView.passages')}
        className="passage-table"
        estimateSize={PASSAGE_ROW_HEIGHT}
        renderItem={(p) => {
          // A passage of a source in the Trash keeps its text but has nowhere to open: it is detached.
          const detached = data.trashed.has(p.sourceId);
          return (
            <button type="button" className={detached ? 'passage-item passage-detached' : 'passage-item'} disabled={detached} onClick={() => openPassage(p)}>
              <span className="passage-exact">{p.selector.exact}</span>
              <span className="passage-item-meta">
                {detached ? <span className="badge badge-detached">{t('allPassagesView.detached')}</span> : null}
                {data.titles.get(p.sourceId) ?? t('events.unknownSource')}
                {detached ? t('allPassagesView.inTheTrash') : ''} · {p.tags.length ? p.tags.join(', ') : t('allPassagesView.noTag')}
                {p.memo ? ` · “${p.memo}”` : ''}
                {pageLabel(p)}
              </span>
            </button>
          );
        }}
      />
      {shown.length === 0 ? <p className="empty">{tag ? t('allPassagesView.noPassagesTagged', { tag }) : t('allPassagesView.noPassagesYet')}</p> : null}
      <TagManager tags={data.tags} counts={data.counts} />
    </main>
  );
}
