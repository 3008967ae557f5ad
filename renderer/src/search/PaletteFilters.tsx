import { useLiveQuery } from 'dexie-react-hooks';
import type { DocKind } from '@common/search/searchIndex';
import { db } from '../db/database';
import { KIND_LABELS } from './resultOrder';
import { useTranslation } from 'react-i18next';

export interface PaletteFilterValues {
  readonly kinds: readonly DocKind[];
  readonly sourceId: string;
  readonly tag: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: PaletteFilterValues = { kinds: [], sourceId: '', tag: '', from: '', to: '' };

/** How many filters are set (shown on the Filters toggle while the filters are hidden). */
export function activeFilterCount(f: PaletteFilterValues): number {
  return (f.kinds.length > 0 ? 1 : 0) + [f.sourceId, f.tag, f.from, f.to].filter(Boolean).length;
}

/** The palette's filters: kinds, source, tag, date range. Only drawn when the Filters toggle is open. */
export function PaletteFilters({ id, value, onChange }: { id: string; value: PaletteFilterValues; onChange: (f: PaletteFilterValues) => void }) {
  const { t } = useTranslation();
  const lookups = useLiveQuery(async () => ({ sources: (await db.sources.orderBy('fileName').toArray()).filter((s) => !s.deletedAt), tags: await db.tags.orderBy('name').toArray() }), []);
  const set = (patch: Partial<PaletteFilterValues>) => onChange({ ...value, ...patch });
  const toggle = (k: DocKind) => set({ kinds: value.kinds.includes(k) ? value.kinds.filter((x) => x !== k) : [...value.kinds, k] });
  return (
    <div id={id} className="palette-filters" role="group" aria-label={t('paletteFilters.searchFilters')}>
      {(Object.keys(KIND_LABELS) as DocKind[]).map((k) => (
        <button key={k} type="button" aria-pressed={value.kinds.includes(k)} onClick={() => toggle(k)}>
          {KIND_LABELS[k]}
        </button>
      ))}
      <select aria-label={t('paletteFilters.onlyInSource')} value={value.sourceId} onChange={(e) => set({ sourceId: e.target.value })}>
        <option value="">{t('paletteFilters.allSources')}</option>
        {lookups?.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <select aria-label={t('paletteFilters.onlyWithTag')} value={value.tag} onChange={(e) => set({ tag: e.target.value })}>
        <option value="">{t('paletteFilters.anyTag')}</option>
        {lookups?.tags.map((t) => (
          <option key={t.name} value={t.name}>
            {t.name}
          </option>
        ))}
      </select>
      <label>
        {t('paletteFilters.from')}{' '}<input type="date" aria-label={t('paletteFilters.fromDate')} value={value.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('paletteFilters.to')}{' '}<input type="date" aria-label={t('paletteFilters.toDate')} value={value.to} onChange={(e) => set({ to: e.target.value })} />
      </label>
    </div>
  );
}
