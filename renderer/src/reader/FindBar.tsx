import { useEffect, useMemo, useRef, useState } from 'react';
import { findHits, type HitRange } from '@common/search/hits';
import { useTranslation } from 'react-i18next';

export interface FindState {
  readonly ranges: readonly HitRange[];
  readonly current: number;
}

/** Hits handed over by the search palette: shown until the query is edited, starting at the best one. */
export interface FindSeed {
  readonly query: string;
  readonly hits: readonly HitRange[];
  readonly best: number;
  readonly nonce: number;
}

interface Props {
  text: string;
  seed?: FindSeed | null;
  onChange: (state: FindState | null) => void;
  onClose: () => void;
}

/**
 * Find in source: every hit highlighted as a whole run (same matching and ranking as search),
 * starting at the best one; Enter or F3 for the next, Shift+Enter or Shift+F3 for the previous, a count.
 */
export function FindBar({ text, seed, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(seed?.query ?? '');
  const [seeded, setSeeded] = useState<readonly HitRange[] | null>(seed?.hits ?? null);
  const [current, setCurrent] = useState(seed?.best ?? 0);
  const input = useRef<HTMLInputElement>(null);
  const found = useMemo(() => (seeded || !query.trim() ? null : findHits(text, query)), [seeded, text, query]);
  const ranges = seeded ?? found?.hits ?? [];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (!seed) return;
    setQuery(seed.query);
    setSeeded(seed.hits);
    setCurrent(seed.best);
    input.current?.focus();
  }, [seed]);
  // A query typed here starts at its best hit too; handed-over hits keep the one they came with.
  useEffect(() => {
    if (found) setCurrent(found.best);
  }, [found]);
  const key = ranges.map((r) => r.start).join(',');
  // `key` stands for `ranges` (derived from the query and text on each render).
  useEffect(() => onChange(ranges.length ? { ranges, current: Math.min(current, ranges.length - 1) } : null), [key, current]);

  const step = (by: number) => ranges.length && setCurrent((c) => (c + by + ranges.length) % ranges.length);
  const stepRef = useRef(step);
  stepRef.current = step;
  useEffect(() => {
    // F3 wherever the focus is (the reader, the find field): the browser's own find never opens.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F3') return;
      event.preventDefault();
      stepRef.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="find-bar" role="search" aria-label={t('findBar.findInSource')}>
      <input
        ref={input}
        type="search"
        aria-label={t('findBar.findInSource')}
        placeholder={t('findBar.findInThisSource')}
        value={query}
        onChange={(e) => {
          setSeeded(null);
          setQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() ? (ranges.length ? t('findBar.nOfTotal', { n: Math.min(current, ranges.length - 1) + 1, total: ranges.length }) : t('findBar.noMatch')) : ''}
      </span>
      <button type="button" aria-label={t('findBar.previousMatch')} onClick={() => step(-1)} disabled={!ranges.length}>
        ↑
      </button>
      <button type="button" aria-label={t('findBar.nextMatch')} onClick={() => step(1)} disabled={!ranges.length}>
        ↓
      </button>
      <button type="button" aria-label={t('findBar.closeFind')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
