import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../db/database';
import { updateEvent } from '../db/events';
import type { EventRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { useTranslation } from 'react-i18next';

/** Who took part in an event and where, chosen among the notebook's entities. */
export function EventActors({ event }: { event: EventRow }) {
  const { t } = useTranslation();
  const { reportError } = useUndo();
  // Shown at once, saved in the background: a controlled checkbox must not wait for IndexedDB.
  const [actorIds, setActorIds] = useState(event.actorIds);
  const stored = event.actorIds.join(',');
  useEffect(() => setActorIds(stored === '' ? [] : stored.split(',')), [stored]);
  const entities = useLiveQuery(() => db.entities.orderBy('name').toArray(), []) ?? [];
  const actors = entities.filter((e) => e.kind !== 'place');
  const places = entities.filter((e) => e.kind === 'place');
  const save = (changes: Partial<Pick<EventRow, 'actorIds' | 'placeId'>>) => void updateEvent(db, event.id, changes).catch((e: Error) => reportError(t('errors.savingFailed', { message: e.message })));
  if (entities.length === 0) return <p className="field-hint">{t('eventActors.addPeopleOrganisationsAndPlacesUnder')}</p>;
  return (
    <div className="event-actors">
      <fieldset>
        <legend>{t('eventActors.actors')}</legend>
        {actors.map((a) => (
          <label key={a.id} className="checkbox">
            <input
              type="checkbox"
              checked={actorIds.includes(a.id)}
              onChange={(e) => {
                const next = e.target.checked ? [...actorIds, a.id] : actorIds.filter((id) => id !== a.id);
                setActorIds(next);
                save({ actorIds: next });
              }}
            />
            {a.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('eventActors.placeEntity')}</span>
        <select aria-label={t('eventActors.placeEntity2')} value={event.placeId} onChange={(e) => save({ placeId: e.target.value })}>
          <option value="">—</option>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
