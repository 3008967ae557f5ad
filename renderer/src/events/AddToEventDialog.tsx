import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatEventDateFr } from '@common/dates/eventDate';
import { simpleFold } from '@common/text/simpleFold';
import { db } from '../db/database';
import { addEvidence } from '../db/events';
import type { Stance } from '../db/schema';
import { useUndo } from '../app/undo';
import { useEventViews } from './useEvents';
import { lastUsedEventId, rememberUsedEvent } from './lastUsedEvent';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Makes (or finds) the passage to add; called only when the user confirms. */
  passage: () => Promise<{ id: string }>;
  /** Called with the event's id and title when the passage was added, with nothing on cancel. */
  onClose: (addedTo?: string, eventTitle?: string) => void;
}

/** Adds a passage to an existing event, with its stance and, for attributions, who says it. */
export function AddToEventDialog({ passage, onClose }: Props) {
  const { t } = useTranslation();
  const views = useEventViews();
  const { reportError } = useUndo();
  const [query, setQuery] = useState('');
  const [eventId, setEventId] = useState<string>('');
  const [stance, setStance] = useState<Stance>('reports');
  const [who, setWho] = useState('');
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus(), []);
  // Once the events are loaded, the one last used is chosen, if it still exists.
  const preselected = useRef(false);
  useEffect(() => {
    if (!views || preselected.current) return;
    preselected.current = true;
    const last = lastUsedEventId();
    if (last && views.some((v) => v.event.id === last)) setEventId((current) => current || last);
  }, [views]);

  const shown = (views ?? []).filter((v) => simpleFold(v.event.title).includes(simpleFold(query)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!eventId) return;
    void (async () => {
      try {
        await addEvidence(db, eventId, (await passage()).id, stance, who.trim());
        rememberUsedEvent(eventId);
        onClose(eventId, views?.find((v) => v.event.id === eventId)?.event.title ?? '');
      } catch (error) {
        reportError(t('errors.addingToEventFailed', { message: error instanceof Error ? error.message : String(error) }));
      }
    })();
  };
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form className="dialog add-to-event" role="dialog" aria-modal="true" aria-label={t('addToEventDialog.addToEvent')} onSubmit={submit}>
        <h2>{t('addToEventDialog.addToEvent')}</h2>
        <input ref={search} aria-label={t('addToEventDialog.findEvent')} placeholder={t('addToEventDialog.findAnEvent')} value={query} onChange={(e) => setQuery(e.target.value)} />
        <div role="radiogroup" aria-label={t('addToEventDialog.events')} className="event-choices">
          {shown.length === 0 ? <p className="empty">{t('addToEventDialog.noEventYetUseNewEvent')}</p> : null}
          {shown.map((v) => (
            <label key={v.event.id} className="event-choice">
              <input type="radio" name="event" value={v.event.id} checked={eventId === v.event.id} onChange={() => setEventId(v.event.id)} />
              <span>
                {v.event.title} <span className="passage-item-meta">{v.event.date ? formatEventDateFr(v.event.date) : t('events.undated')}</span>
              </span>
            </label>
          ))}
        </div>
        <div className="field-row">
          <label className="field">
            <span>{t('addToEventDialog.stance')}</span>
            <select aria-label={t('addToEventDialog.stance')} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              <option value="reports">{t('addToEventDialog.reports')}</option>
              <option value="confirms">{t('addToEventDialog.confirms')}</option>
              <option value="denies">{t('addToEventDialog.denies')}</option>
              <option value="attributes">{t('addToEventDialog.attributes')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('addToEventDialog.whoSaysIt')}</span>
            <input aria-label={t('addToEventDialog.whoSaysIt')} value={who} onChange={(e) => setWho(e.target.value)} placeholder={t('addToEventDialog.selonKcna')} />
          </label>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={() => onClose()}>
            {t('addToEventDialog.cancel')}
          </button>
          <button type="submit" disabled={!eventId}>
            {t('addToEventDialog.addEvidence')}
          </button>
        </div>
      </form>
    </div>
  );
}
