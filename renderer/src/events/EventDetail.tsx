import { useEffect, useRef, useState } from 'react';
import { formatEventDate, formatEventDateFr, parseEventDate } from '@common/dates/eventDate';
import { db } from '../db/database';
import { deleteEvent, removeEvidence, restoreEvent, updateEvent, updateEvidence } from '../db/events';
import type { Stance } from '../db/schema';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { useActiveNote } from '../notes/activeNote';
import type { EventView } from './useEvents';
import { DateSuggestions } from './DateSuggestions';
import { EventActors } from './EventActors';
import { useTranslation } from 'react-i18next';
import { TYPE_AHEAD_ATTRIBUTE, takeTypeAhead } from '../app/typeAhead';

const STANCES: Array<{ value: Stance; label: string }> = [
  { value: 'reports', label: 'reports' },
  { value: 'confirms', label: 'confirms' },
  { value: 'denies', label: 'denies' },
  { value: 'attributes', label: 'attributes (who says it)' },
];

/** One event: its fields, how well it is attested, and each passage of evidence one click from its place. */
export function EventDetail({ view, focusTitle }: { view: EventView; focusTitle: boolean }) {
  const { t } = useTranslation();
  const { event, evidence, attestation } = view;
  const { openPassage, openEvent } = useWorkspace();
  const { push, reportError } = useUndo();
  const { insert } = useActiveNote();
  const [title, setTitle] = useState(event.title);
  const [dateText, setDateText] = useState(event.date ? formatEventDate(event.date) : '');
  const [place, setPlace] = useState(event.place);
  const [description, setDescription] = useState(event.description);
  const titleRef = useRef<HTMLInputElement>(null);

  // Follow stored values by value: the live query hands a new object on every change, and resetting
  // every field then would wipe what the user is typing in another one.
  const storedDate = event.date ? formatEventDate(event.date) : '';
  useEffect(() => setTitle(event.title), [event.title]);
  useEffect(() => setDateText(storedDate), [storedDate]);
  useEffect(() => setPlace(event.place), [event.place]);
  useEffect(() => setDescription(event.description), [event.description]);
  // Typed after E, while the event was being made (app/typeAhead.ts): it replaces the proposed title,
  // as typing over the selected title would. Taken before the focus, once per event shown (React's
  // strict mode runs this again after the stored title was set anew).
  const typedAhead = useRef<string | null>(null);
  useEffect(() => {
    if (!focusTitle) return;
    typedAhead.current ??= takeTypeAhead('event-title').title;
    if (typedAhead.current !== '') setTitle(typedAhead.current);
    titleRef.current?.select();
  }, [focusTitle, event.id]);

  const guard = (what: string, work: Promise<unknown>) => void work.catch((e: Error) => reportError(t('errors.failed', { what: t(`actions.${what}`, { defaultValue: what }), message: e.message })));
  const parsedDate = dateText.trim() === '' ? null : parseEventDate(dateText, event.date?.approximate ?? false);
  const dateInvalid = dateText.trim() !== '' && !parsedDate;
  const saveDate = (text: string, approximate = event.date?.approximate ?? false) => {
    const next = text.trim() === '' ? null : parseEventDate(text, approximate);
    if (text.trim() !== '' && !next) return;
    guard('Saving the date', updateEvent(db, event.id, { date: next }));
  };
  const dateLabel = event.date ? formatEventDateFr(event.date) : 'undated';

  return (
    <section className="event-detail" aria-label={t('eventDetail.eventDetails')}>
      <div className="event-badges">
        <span className="attest-count" aria-label={t('eventDetail.attestingSources')}>
          {t('events.sourceCount', { count: attestation.attestingSources })}
        </span>
        {attestation.contested ? <span className="badge badge-contested">{t('eventDetail.contested')}</span> : null}
      </div>
      <label className="field">
        <span>{t('eventDetail.title')}</span>
        <input ref={titleRef} {...{ [TYPE_AHEAD_ATTRIBUTE]: 'event-title' }} value={title} onChange={(e) => setTitle(e.target.value)} onBlur={() => title !== event.title && guard('Renaming', updateEvent(db, event.id, { title: title.trim() || event.title }))} />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('eventDetail.dateYyyyYyyyMmYyyyMm')}</span>
          <input aria-invalid={dateInvalid} value={dateText} onChange={(e) => setDateText(e.target.value)} onBlur={() => saveDate(dateText)} placeholder="2024-11-01" />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={event.date?.approximate ?? false} disabled={!event.date} onChange={(e) => saveDate(dateText, e.target.checked)} />
          {t('eventDetail.approximate')}
        </label>
      </div>
      <p className="field-hint">{t('eventDetail.savedDate', { dateLabel })}</p>
      {dateInvalid ? (
        <p className="field-error" role="alert">
          {t('eventDetail.notADateWrite20242024')}
        </p>
      ) : null}
      <DateSuggestions
        view={view}
        onPick={(iso, approximate) => {
          setDateText(iso);
          saveDate(iso, approximate);
        }}
      />
      <EventActors event={event} />
      <label className="field">
        <span>{t('eventDetail.place')}</span>
        <input value={place} onChange={(e) => setPlace(e.target.value)} onBlur={() => place !== event.place && guard('Saving the place', updateEvent(db, event.id, { place }))} />
      </label>
      <label className="field">
        <span>{t('eventDetail.description')}</span>
        <textarea rows={3} value={description} onChange={(e) => setDescription(e.target.value)} onBlur={() => description !== event.description && guard('Saving', updateEvent(db, event.id, { description }))} />
      </label>
      <h3 className="pane-title">{t('eventDetail.evidence', { length: evidence.length })}</h3>
      <ul className="evidence-list" aria-label={t('eventDetail.evidence2')}>
        {evidence.map(({ row, passage, source }) => (
          <li key={row.id} className={`evidence stance-${row.stance}`}>
            {passage ? (
              <button type="button" className="passage-item" onClick={() => openPassage(passage)}>
                <span className="passage-exact">{passage.selector.exact}</span>
                <span className="passage-item-meta">{source?.title ?? t('events.unknownSource')}</span>
              </button>
            ) : (
              <p className="empty">{t('eventDetail.thePassageOfThisEvidenceWas')}</p>
            )}
            <div className="evidence-controls">
              <select aria-label={t('eventDetail.stance')} value={row.stance} onChange={(e) => guard('Saving the stance', updateEvidence(db, row.id, { stance: e.target.value as Stance }))}>
                {STANCES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
              <input aria-label={t('eventDetail.whoSaysIt')} placeholder={t('eventDetail.whoSaysItKcnaMLavrov')} defaultValue={row.who} onBlur={(e) => e.target.value !== row.who && guard('Saving', updateEvidence(db, row.id, { who: e.target.value }))} />
              <button
                type="button"
                aria-label={t('eventDetail.removeEvidence')}
                onClick={() =>
                  guard(
                    'Removing evidence',
                    removeEvidence(db, row.id).then((removed) => removed && push('Evidence removed.', async () => void (await db.evidence.put(removed)))),
                  )
                }
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="passage-actions">
        <button type="button" onClick={() => guard('Citing the event', insert({ kind: 'event', eventId: event.id, title: event.title, dateLabel }))}>
          {t('eventDetail.citeEventInNote')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            guard(
              'Deleting the event',
              deleteEvent(db, event.id).then((saved) => {
                openEvent(null);
                if (saved) push('Event deleted.', () => restoreEvent(db, saved));
              }),
            )
          }
        >
          {t('eventDetail.deleteEvent')}
        </button>
      </div>
    </section>
  );
}
