import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { formatEventDateFr } from '@common/dates/eventDate';
import { groupTimeline } from '@common/events/timeline';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import { useWorkspace } from '../app/workspace';
import { useEventViews, type EventView } from './useEvents';
import { useTranslation } from 'react-i18next';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

interface Filters {
  actor: string;
  place: string;
  tag: string;
  source: string;
}

function matches(view: EventView, f: Filters): boolean {
  if (f.actor && !view.event.actorIds.includes(f.actor)) return false;
  if (f.place && view.event.placeId !== f.place) return false;
  if (f.tag && !view.evidence.some((e) => e.passage?.tags.includes(f.tag))) return false;
  if (f.source && !view.evidence.some((e) => e.passage?.sourceId === f.source)) return false;
  return true;
}

function FilterSelect(props: { label: string; all: string; value: string; onChange: (e: React.ChangeEvent<HTMLSelectElement>) => void; options: Array<[string, string]> }) {
  return (
    <select aria-label={props.label} value={props.value} onChange={props.onChange}>
      <option value="">{props.all}</option>
      {props.options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}

/**
 * Cards drawn at first, then as many more each time the end of the list comes into view: 2,000
 * events drawn at once blocked the window for seconds (each card is a dozen elements).
 */
export const TIMELINE_PAGE = 200;

/** Grows `limit` when the sentinel scrolls into view; the button does the same from the keyboard. */
function useGrowingLimit(resetKey: string) {
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const sentinel = useRef<HTMLDivElement | null>(null);
  useEffect(() => setLimit(TIMELINE_PAGE), [resetKey]);
  useEffect(() => {
    const node = sentinel.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setLimit((l) => l + TIMELINE_PAGE);
    });
    observer.observe(node);
    return () => observer.disconnect();
  });
  return { limit, more: () => setLimit((l) => l + TIMELINE_PAGE), sentinel };
}

/** Events in date order, grouped by year and month, each drawn at its own precision. */
export function TimelineView() {
  const { t } = useTranslation();
  const views = useEventViews();
  const { openEvent, openPassage } = useWorkspace();
  const [filters, setFilters] = useState<Filters>({ actor: '', place: '', tag: '', source: '' });
  const lookups = useLiveQuery(async () => ({ entities: await db.entities.orderBy('name').toArray(), tags: await db.tags.orderBy('name').toArray(), sources: await db.sources.orderBy('fileName').toArray() }), []);
  const { limit, more, sentinel } = useGrowingLimit(JSON.stringify(filters));
  if (!views || !lookups) return <main className="view" aria-label={t('timelineView.timeline')} aria-busy="true" />;
  const names = new Map(lookups.entities.map((e) => [e.id, e.name]));
  const labels = citeLabels(lookups.sources);
  const shown = views.filter((v) => matches(v, filters));
  // Views come in date order, undated last: the first `limit` are the top of the timeline.
  const drawn = shown.slice(0, limit);
  const dated = drawn.filter((v) => v.event.date).map((v) => ({ date: v.event.date!, item: v }));
  const undated = drawn.filter((v) => !v.event.date);
  const set = (key: keyof Filters) => (e: React.ChangeEvent<HTMLSelectElement>) => setFilters((f) => ({ ...f, [key]: e.target.value }));

  const card = (v: EventView, where: 'day' | 'month' | 'year') => (
    <article key={v.event.id} className={`timeline-event precision-${where}`} aria-label={`${v.event.title}, ${v.event.date ? formatEventDateFr(v.event.date) : t('events.undated')}`}>
      <button type="button" className="timeline-title" onClick={() => openEvent(v.event.id)}>
        {v.event.title}
      </button>
      <span className="passage-item-meta">
        {v.event.date ? formatEventDateFr(v.event.date) : t('events.undated')} · {t(`events.precision.${where}`)} · {t('events.sourceCount', { count: v.attestation.attestingSources })}
        {v.event.actorIds.length ? ` · ${v.event.actorIds.map((id) => names.get(id)).join(', ')}` : ''}
      </span>
      {v.attestation.contested ? <span className="badge badge-contested">{t('timelineView.contested')}</span> : null}
      <ul className="timeline-evidence">
        {v.evidence.map((e) =>
          e.passage ? (
            <li key={e.row.id}>
              <button type="button" className="link-button" onClick={() => openPassage(e.passage!)}>
                {t(`addToEventDialog.${e.row.stance}`)}
                {e.row.who ? ` (${e.row.who})` : ''}: « {e.passage.selector.exact.slice(0, 80)}
                {e.passage.selector.exact.length > 80 ? '…' : ''} »
              </button>
              {e.sourceLabel ? <span className="evidence-source"> — {e.sourceLabel}</span> : null}
            </li>
          ) : null,
        )}
      </ul>
    </article>
  );

  return (
    <main className="view" aria-label={t('timelineView.timeline')}>
      <h1 className="view-title">{t('timelineView.timeline')}</h1>
      <div className="timeline-filters" role="group" aria-label={t('timelineView.timelineFilters')}>
        <FilterSelect label={t('timelineView.filterByActor')} all={t('timelineView.allActors')} value={filters.actor} onChange={set('actor')} options={lookups.entities.filter((e) => e.kind !== 'place').map((e) => [e.id, e.name])} />
        <FilterSelect label={t('timelineView.filterByPlace')} all={t('timelineView.allPlaces')} value={filters.place} onChange={set('place')} options={lookups.entities.filter((e) => e.kind === 'place').map((e) => [e.id, e.name])} />
        <FilterSelect label={t('timelineView.filterByTag')} all={t('timelineView.allTags')} value={filters.tag} onChange={set('tag')} options={lookups.tags.map((t) => [t.name, t.name])} />
        <FilterSelect label={t('timelineView.filterBySource')} all={t('timelineView.allSources')} value={filters.source} onChange={set('source')} options={lookups.sources.map((x) => [x.id, labels.get(x.id) ?? x.title])} />
      </div>
      {shown.length === 0 ? <p className="empty">{t('timelineView.noEventMatches')}</p> : null}
      <ol className="timeline" aria-label={t('timelineView.eventsInOrder')}>
        {groupTimeline(dated).map((year) => (
          <li key={year.year} className="timeline-year">
            <h2>{year.year}</h2>
            {year.spanning.map((v) => card(v, 'year'))}
            <ol>
              {year.months.map((m) => (
                <li key={m.key} className="timeline-month">
                  <h3>
                    {MONTHS[(m.month ?? 1) - 1]} {year.year}
                  </h3>
                  {m.spanning.map((v) => card(v, 'month'))}
                  {m.days.map(({ day, item }) => (
                    <div key={item.event.id} className="timeline-day">
                      <span className="day-number" aria-hidden="true">
                        {day}
                      </span>
                      {card(item, 'day')}
                    </div>
                  ))}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {drawn.length < shown.length ? (
        <div ref={sentinel} className="timeline-more">
          <button type="button" onClick={more}>
            {t('timelineView.showMoreEvents', { shown: drawn.length, total: shown.length })}
          </button>
        </div>
      ) : null}
      {undated.length ? (
        <section aria-label={t('timelineView.undatedEvents')}>
          <h2>{t('timelineView.undated')}</h2>
          {undated.map((v) => card(v, 'day'))}
        </section>
      ) : null}
    </main>
  );
}
