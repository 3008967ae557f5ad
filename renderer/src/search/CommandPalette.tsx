import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocKind, SearchResult } from '@common/search/searchIndex';
import { db } from '../db/database';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { searchNotebook } from './searchClient';

const KINDS: Array<[DocKind, string]> = [
  ['source', 'Sources'],
  ['passage', 'Passages'],
  ['note', 'Notes'],
  ['event', 'Events'],
  ['entity', 'Actors'],
];

/** Ctrl/Cmd+K: one search over sources, passages, notes, events and actors, landing on the exact place. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        event.stopPropagation();
        setOpen(true);
      }
    };
    // Capture phase: the note editor and other fields never get Ctrl/Cmd+K first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return open ? <Palette onClose={() => setOpen(false)} /> : null;
}

function Palette({ onClose }: { onClose: () => void }) {
  const { revealRanges, openPassage, revealInNote, openEvent, openEntity } = useWorkspace();
  const { reportError } = useUndo();
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<DocKind[]>([]);
  const [sourceId, setSourceId] = useState('');
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [searched, setSearched] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const lookups = useLiveQuery(async () => ({ sources: await db.sources.orderBy('fileName').toArray(), tags: await db.tags.orderBy('name').toArray() }), []);
  const passages = useLiveQuery(() => db.passages.toArray(), []);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let live = true;
    const filters = { kinds, ...(sourceId ? { sourceId } : {}), ...(tag ? { tag } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    if (query.trim() === '') {
      setResults([]);
      setSearched('');
      return;
    }
    searchNotebook(query, filters)
      .then(({ results: found }) => {
        if (!live) return;
        setResults(found);
        setSearched(query);
      })
      .catch((e: Error) => reportError(`Search failed: ${e.message}`));
    return () => {
      live = false;
    };
  }, [query, kinds, sourceId, tag, from, to, reportError]);

  const land = (r: SearchResult) => {
    onClose();
    if (r.kind === 'source') revealRanges(r.id, r.hits.length ? r.hits : [], 'search');
    else if (r.kind === 'passage') {
      const p = passages?.find((x) => x.id === r.id);
      if (p) openPassage(p);
    } else if (r.kind === 'note') revealInNote(r.id, r.snippet.match);
    else if (r.kind === 'event') openEvent(r.id);
    else openEntity(r.id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    if (event.key === 'Enter' && results[0]) land(results[0]);
  };

  const toggle = (k: DocKind) => setKinds((ks) => (ks.includes(k) ? ks.filter((x) => x !== k) : [...ks, k]));
  const groups = KINDS.map(([k, label]) => ({ kind: k, label, items: results.filter((r) => r.kind === k) })).filter((g) => g.items.length > 0);

  return (
    <div className="dialog-backdrop palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Search" onKeyDown={onKeyDown}>
        <input ref={input} type="search" className="palette-input" aria-label="Search everything" placeholder="Search sources, passages, notes, events, actors…" value={query} onChange={(e) => setQuery(e.target.value)} />
        <div className="palette-filters" role="group" aria-label="Search filters">
          {KINDS.map(([k, label]) => (
            <button key={k} type="button" aria-pressed={kinds.includes(k)} onClick={() => toggle(k)}>
              {label}
            </button>
          ))}
          <select aria-label="Only in source" value={sourceId} onChange={(e) => setSourceId(e.target.value)}>
            <option value="">All sources</option>
            {lookups?.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <select aria-label="Only with tag" value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">Any tag</option>
            {lookups?.tags.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
          <label>
            From <input type="date" aria-label="From date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To <input type="date" aria-label="To date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
        </div>
        <div className="palette-results" aria-live="polite">
          {searched && results.length === 0 ? <p className="empty">Nothing found for « {searched} ».</p> : null}
          {groups.map((g) => (
            <section key={g.kind} aria-label={g.label}>
              <h3 className="pane-title">
                {g.label} ({g.items.length})
              </h3>
              <ul>
                {g.items.map((r) => (
                  <li key={`${r.kind}-${r.id}`}>
                    <button type="button" className="palette-result" onClick={() => land(r)}>
                      <span className="result-title">{r.title}</span>
                      <span className="result-snippet">
                        {r.snippet.before}
                        <mark>{r.snippet.match}</mark>
                        {r.snippet.after}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
