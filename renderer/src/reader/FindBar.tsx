import { useEffect, useRef, useState } from 'react';
import { findHits } from '@common/search/hits';
import { parseQuery } from '@common/search/query';

export interface FindState {
  readonly ranges: ReadonlyArray<{ start: number; end: number }>;
  readonly current: number;
}

interface Props {
  text: string;
  onChange: (state: FindState | null) => void;
  onClose: () => void;
}

/** Find in source: every hit highlighted (same French matching as search), next/previous, a count. */
export function FindBar({ text, onChange, onClose }: Props) {
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const ranges = query.trim() ? findHits(text, { ...parseQuery(query), lastIsPrefix: true }) : [];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setCurrent(0), [query]);
  const key = ranges.map((r) => r.start).join(',');
  // `key` stands for `ranges` (derived from the query and text on each render).
  useEffect(() => onChange(ranges.length ? { ranges, current: Math.min(current, ranges.length - 1) } : null), [key, current]);

  const step = (by: number) => ranges.length && setCurrent((c) => (c + by + ranges.length) % ranges.length);
  return (
    <div className="find-bar" role="search" aria-label="Find in source">
      <input
        ref={input}
        type="search"
        aria-label="Find in source"
        placeholder="Find in this source…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
          if (e.key === 'Escape') onClose();
        }}
      />
      <span className="find-count" aria-live="polite">
        {query.trim() ? (ranges.length ? `${current + 1} of ${ranges.length}` : 'No match') : ''}
      </span>
      <button type="button" aria-label="Previous match" onClick={() => step(-1)} disabled={!ranges.length}>
        ↑
      </button>
      <button type="button" aria-label="Next match" onClick={() => step(1)} disabled={!ranges.length}>
        ↓
      </button>
      <button type="button" aria-label="Close find" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
