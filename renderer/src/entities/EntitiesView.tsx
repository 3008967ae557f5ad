import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { db } from '../db/database';
import { createEntity } from '../db/entities';
import type { EntityKind } from '../db/schema';
import { useUndo } from '../app/undo';
import { EntityDetail } from './EntityDetail';
import { useWorkspace } from '../app/workspace';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../layout/VirtualList';

// An actor's row: name and kind line, measured once drawn.
const ENTITY_ROW_HEIGHT = 52;

const KINDS: readonly EntityKind[] = ['person', 'organisation', 'place'];

/** People, organisations and places, with the spellings the corpus uses for them. */
export function EntitiesView() {
  const { t } = useTranslation();
  const { reportError } = useUndo();
  const entities = useLiveQuery(() => db.entities.orderBy('name').toArray(), []);
  const { entityId: selected, openEntity: setSelected } = useWorkspace();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EntityKind>('person');
  const open = entities?.find((e) => e.id === selected) ?? null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    createEntity(db, name, kind)
      .then((e) => {
        setName('');
        setSelected(e.id);
      })
      .catch((e: Error) => reportError(e.message));
  };

  return (
    <main className="view events-view" aria-label={t('entitiesView.entities')}>
      <div className="events-list">
        <h1 className="view-title">{t('entitiesView.actorsAndPlaces')}</h1>
        <form className="entity-form" onSubmit={submit} aria-label={t('entitiesView.newEntity')}>
          <input aria-label={t('entitiesView.entityName')} placeholder={t('entitiesView.nameEGChoeSonHui')} value={name} onChange={(e) => setName(e.target.value)} />
          <select aria-label={t('entitiesView.entityKind')} value={kind} onChange={(e) => setKind(e.target.value as EntityKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`entitiesView.kinds.${k}`)}
              </option>
            ))}
          </select>
          <button type="submit" disabled={name.trim() === ''}>
            {t('entitiesView.addEntity')}
          </button>
        </form>
        <VirtualList
          items={entities ?? []}
          itemKey={(e) => e.id}
          label={t('entitiesView.entityList')}
          estimateSize={ENTITY_ROW_HEIGHT}
          activeIndex={entities?.findIndex((e) => e.id === selected) ?? -1}
          renderItem={(e) => (
            <button type="button" className={`event-item${e.id === selected ? ' selected' : ''}`} aria-current={e.id === selected} onClick={() => setSelected(e.id)}>
              <span className="event-title">{e.name}</span>
              <span className="passage-item-meta">
                {t(`entitiesView.kindNames.${e.kind}`)} · {t('entitiesView.spellings', { count: e.aliases.length })}
              </span>
            </button>
          )}
        />
      </div>
      {open ? <EntityDetail key={open.id} entity={open} /> : <p className="empty">{t('entitiesView.addOrSelectAnEntityTo')}</p>}
    </main>
  );
}
