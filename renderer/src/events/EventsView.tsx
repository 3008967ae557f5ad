import { formatEventDateFr } from '@common/dates/eventDate';
import { useWorkspace } from '../app/workspace';
import { EventDetail } from './EventDetail';
import { useEventViews } from './useEvents';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../layout/VirtualList';

// An event's row: title and date line, measured once drawn.
const EVENT_ROW_HEIGHT = 52;

/** Events in date order, and the open one in a detail panel. */
export function EventsView() {
  const { t } = useTranslation();
  const { eventId, openEvent, eventFocus } = useWorkspace();
  const views = useEventViews();
  if (!views) return <main className="view" aria-label={t('eventsView.events')} aria-busy="true" />;
  const open = views.find((v) => v.event.id === eventId);
  return (
    <main className="view events-view" aria-label={t('eventsView.events')}>
      <div className="events-list">
        <h1 className="view-title">{t('eventsView.events')}</h1>
        {views.length === 0 ? <p className="empty">{t('eventsView.noEventsYetSelectAPassage')}</p> : null}
        <VirtualList
          items={views}
          itemKey={(v) => v.event.id}
          label={t('eventsView.eventList')}
          estimateSize={EVENT_ROW_HEIGHT}
          activeIndex={views.findIndex((v) => v.event.id === eventId)}
          renderItem={({ event, attestation }) => (
            <button type="button" className={`event-item${event.id === eventId ? ' selected' : ''}`} aria-current={event.id === eventId} onClick={() => openEvent(event.id)}>
              <span className="event-title">{event.title}</span>
              <span className="passage-item-meta">
                {event.date ? formatEventDateFr(event.date) : t('events.undated')} · {t('events.sourceCount', { count: attestation.attestingSources })}
                {attestation.contested ? ` · ${t('events.contested')}` : ''}
              </span>
            </button>
          )}
        />
      </div>
      {open ? <EventDetail key={open.event.id} view={open} focusTitle={eventFocus} /> : <p className="empty">{t('eventsView.selectAnEvent')}</p>}
    </main>
  );
}
