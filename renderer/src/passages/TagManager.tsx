import { useState, type FormEvent } from 'react';
import { db } from '../db/database';
import { renameTag, setTagColor } from '../db/passages';
import type { TagRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { useTranslation } from 'react-i18next';

function TagRowEditor({ tag, count, others }: { tag: TagRow; count: number; others: string[] }) {
  const { t } = useTranslation();
  const { reportError } = useUndo();
  const [name, setName] = useState(tag.name);
  const guard = (work: Promise<void>) => work.catch((e: Error) => reportError(t('errors.tagChangeFailed', { message: e.message })));
  const rename = (event: FormEvent) => {
    event.preventDefault();
    void guard(renameTag(db, tag.name, name));
  };
  return (
    <li className="tag-row">
      <input type="color" aria-label={t('tagManager.colourOf', { name: tag.name })} value={tag.color} onChange={(e) => void guard(setTagColor(db, tag.name, e.target.value))} />
      <form onSubmit={rename}>
        <input aria-label={t('tagManager.nameOf', { name: tag.name })} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={name.trim() === '' || name === tag.name}>
          {t('tagManager.rename')}
        </button>
      </form>
      <span className="count">{t('tagManager.passages', { count })}</span>
      {others.length > 0 ? (
        <select aria-label={t('tagManager.mergeInto', { name: tag.name })} value="" onChange={(e) => e.target.value && void guard(renameTag(db, tag.name, e.target.value))}>
          <option value="">{t('tagManager.mergeInto2')}</option>
          {others.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : null}
    </li>
  );
}

/** Rename, merge and colour tags; renaming onto an existing name merges. */
export function TagManager({ tags, counts }: { tags: TagRow[]; counts: Map<string, number> }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <section className="tag-manager" aria-label={t('tagManager.tags')}>
      <h2 className="pane-title">{t('tagManager.tags')}</h2>
      <ul>
        {tags.map((t) => (
          <TagRowEditor key={t.name} tag={t} count={counts.get(t.name) ?? 0} others={tags.filter((o) => o.name !== t.name).map((o) => o.name)} />
        ))}
      </ul>
    </section>
  );
}
