import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type FormEvent } from 'react';
import { findMentions } from '@common/entities/findMentions';
import { suggestAliases } from '@common/entities/suggestAliases';
import { db } from '../db/database';
import { addAlias, removeAlias } from '../db/entities';
import { createPassage } from '../db/passages';
import type { EntityRow } from '../db/schema';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { useTranslation } from 'react-i18next';

/** The current text of every source, for finding mentions. */
function useCorpus() {
  return useLiveQuery(async () => {
    const sources = (await db.sources.orderBy('fileName').toArray()).filter((s) => !s.deletedAt);
    const versions = await db.versions.bulkGet(sources.map((s) => s.hash));
    return sources.map((s, i) => ({ id: s.id, title: s.title, text: versions[i]?.text ?? '' }));
  }, []);
}

/** An entity's spellings, every place the corpus names it, and spellings it might have missed. */
export function EntityDetail({ entity }: { entity: EntityRow }) {
  const { t } = useTranslation();
  const corpus = useCorpus();
  const { revealRanges, openPassage } = useWorkspace();
  const { reportError, notify } = useUndo();
  const [alias, setAlias] = useState('');
  const mentions = useMemo(() => (corpus ? findMentions(corpus, entity.aliases) : []), [corpus, entity.aliases]);
  const suggestions = useMemo(() => (corpus ? suggestAliases(corpus, entity.aliases) : []), [corpus, entity.aliases]);
  const titles = new Map(corpus?.map((s) => [s.id, s.title]));
  const bySource = new Map<string, typeof mentions>();
  for (const m of mentions) bySource.set(m.sourceId, [...(bySource.get(m.sourceId) ?? []), m]);

  const guard = (what: string, work: Promise<unknown>) => void work.catch((e: Error) => reportError(t('errors.failed', { what: t(`actions.${what}`, { defaultValue: what }), message: e.message })));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    guard('Adding the spelling', addAlias(db, entity.id, alias));
    setAlias('');
  };

  return (
    <section className="event-detail" aria-label={t('entityDetail.entityDetails')}>
      <h2 className="view-title">{entity.name}</h2>
      <p className="passage-item-meta">{entity.kind}</p>
      <ul className="tag-chips" aria-label={t('entityDetail.spellings')}>
        {entity.aliases.map((a) => (
          <li key={a} className="tag-chip">
            {a}
            {a !== entity.name ? (
              <button type="button" aria-label={t('entityDetail.removeSpelling', { a })} onClick={() => guard('Removing', removeAlias(db, entity.id, a))}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="entity-form">
        <input aria-label={t('entityDetail.addSpelling')} placeholder={t('entityDetail.anotherSpelling')} value={alias} onChange={(e) => setAlias(e.target.value)} />
        <button type="submit" disabled={alias.trim() === ''}>
          {t('entityDetail.addSpelling')}
        </button>
      </form>

      {suggestions.length > 0 ? (
        <section aria-label={t('entityDetail.suggestedSpellings')}>
          <h3 className="pane-title">{t('entityDetail.spellingsThatLookAlike')}</h3>
          <ul className="suggested-aliases">
            {suggestions.map((s) => (
              <li key={s.spelling}>
                « {s.spelling} » <span className="passage-item-meta">{t('entityDetail.like', { number: s.count, like: s.like })}</span>{' '}
                <button type="button" onClick={() => guard('Accepting the spelling', addAlias(db, entity.id, s.spelling))}>
                  {t('entityDetail.accept', { spelling: s.spelling })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h3 className="pane-title">
        {t('entityDetail.mentionsIn', { mentions: mentions.length, count: bySource.size })}
      </h3>
      <ul className="mention-list" aria-label={t('entityDetail.mentions')}>
        {[...bySource.entries()].map(([sourceId, list]) =>
          list.map((m, i) => (
            <li key={`${sourceId}-${m.start}`} className="mention">
              <p className="snippet">
                <span className="passage-item-meta">{titles.get(sourceId)}</span>
                <br />…{m.snippet.before}
                <mark>{m.snippet.match}</mark>
                {m.snippet.after}…
              </p>
              <div className="passage-actions">
                <button type="button" onClick={() => revealRanges(sourceId, [list[i]!, ...list.filter((_, j) => j !== i)].map((x) => ({ start: x.start, end: x.end })), 'mention')}>
                  {t('entityDetail.showInReader')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    guard(
                      'Making a passage',
                      createPassage(db, sourceId, m.start, m.end, { tags: [entity.name] }).then((p) => {
                        notify(t('notices.passageMade', { text: m.text, name: entity.name }));
                        openPassage(p);
                      }),
                    )
                  }
                >
                  {t('entityDetail.makePassage')}
                </button>
              </div>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
