import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SearchResult } from '@common/search/searchIndex';
import { db } from '../db/database';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { searchNotebook, SearchCancelled, onIndexProgress, onSavingBeforeSearch, warmSearchIndex, type IndexProgress } from './searchClient';
import { PaletteFilters, NO_FILTERS, activeFilterCount, type PaletteFilterValues } from './PaletteFilters';
import { groupResults, type ResultGroup } from './resultOrder';
import { useDebouncedValue } from './useDebouncedValue';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { useVirtualListbox } from '../layout/useVirtualListbox';

/** Typing settles this long before a search starts (the issue asks for at most 80 ms). */
const DEBOUNCE_MS = 60;

/** Ctrl/Cmd+K: one search over sources, passages, notes, events and actors, driven from the keyboard. */
export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        event.stopPropagation();
        if (!open) returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        setOpen(true);
      }
    };
    // Capture phase: the note editor and other fields never get Ctrl/Cmd+K first.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);
  useEffect(() => {
    // The index loads in the worker as soon as the window has painted, not at the first search: the
    // worker keeps the window responsive meanwhile, and by the time a query is typed it is often there.
    const timer = window.setTimeout(warmSearchIndex, 0);
    return () => window.clearTimeout(timer);
  }, []);
  const close = (restoreFocus: boolean) => {
    setOpen(false);
    // Esc gives the focus back where it was; opening a result leaves it where the result opened.
    if (restoreFocus) queueMicrotask(() => returnTo.current?.focus());
  };
  return open ? <Palette onClose={close} /> : null;
}

function Palette({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { revealRanges, openPassage, revealInNote, openEvent, openEntity } = useWorkspace();
  const { reportError } = useUndo();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PaletteFilterValues>(NO_FILTERS);
  const [showFilters, setShowFilters] = useState(false);
  const [results, setResults] = useState<SearchResult[]>([]);
  const [searched, setSearched] = useState('');
  const [active, setActive] = useState(0);
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // An Enter pressed before the field's text was searched: it opens that search's first result.
  const enterWhenFound = useRef<{ otherPane: boolean } | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const ids = useId();
  const settled = useDebouncedValue(query, DEBOUNCE_MS);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => onIndexProgress(setProgress), []);
  const [savingFirst, setSavingFirst] = useState(false);
  useEffect(() => onSavingBeforeSearch(setSavingFirst), []);
  useEffect(() => {
    let live = true;
    if (settled.trim() === '') {
      setResults([]);
      setSearched('');
      return;
    }
    const f = filters;
    searchNotebook(settled, { kinds: [...f.kinds], ...(f.sourceId ? { sourceId: f.sourceId } : {}), ...(f.tag ? { tag: f.tag } : {}), ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}) })
      .then(({ results: found }) => {
        if (!live) return;
        setResults(found);
        setSearched(settled);
        setActive(0);
      })
      .catch((e: Error) => {
        // A newer query took over: its answer is the one to show.
        if (e instanceof SearchCancelled) return;
        // An Enter waiting for this search would wait for ever: it is dropped with the error shown.
        enterWhenFound.current = null;
        reportError(t('errors.searchFailed', { message: e.message }));
      });
    return () => {
      live = false;
    };
  }, [settled, filters, reportError]);

  const groups = useMemo(() => groupResults(results), [results]);
  const shown = useMemo(() => groups.flatMap((g) => g.results), [groups]);
  // Where each group's first result stands in the list shown (what the arrow keys move through).
  const firsts = useMemo(() => groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.results.length, 0)), [groups]);
  const optionId = useCallback((i: number) => `${ids}-option-${i}`, [ids]);

  // The arrow keys bring the highlighted result into view. New results start at the top; the list is
  // scrolled back only if it was scrolled: scrollIntoView forces a layout, which at every keystroke
  // was the dearest step of painting the results.
  const scrolled = useRef(false);
  useEffect(() => {
    if (active === 0 && !scrolled.current) return;
    list.current?.querySelector(`[id="${CSS.escape(optionId(active))}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  useEffect(() => {
    if (!scrolled.current || !list.current) return;
    list.current.scrollTop = 0;
    scrolled.current = false;
  }, [shown]);

  const land = async (r: SearchResult, otherPane: boolean) => {
    onClose(false);
    if (r.kind === 'source') revealRanges(r.id, r.hits, 'search', { query: searched, current: r.best });
    else if (r.kind === 'passage') {
      const p = await db.passages.get(r.id);
      // Ctrl/Cmd+Enter: the passage opens in the reader and the side pane keeps the note it shows.
      if (p) openPassage(p, { showDetails: !otherPane });
    } else if (r.kind === 'note') revealInNote(r.id, r.snippet.match);
    else if (r.kind === 'event') openEvent(r.id);
    else openEntity(r.id);
  };

  // The list re-renders when results or the highlighted one change, not at every keystroke in the field.
  const landRef = useRef(land);
  landRef.current = land;
  const pick = useCallback((r: SearchResult, otherPane: boolean) => void landRef.current(r, otherPane), []);
  const markScrolled = useCallback(() => void (scrolled.current = true), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(shown.length - 1, Math.max(0, a + by)));
    } else if (event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') {
      event.preventDefault();
      // The results shown are for an earlier text (a fast typist, a busy machine): Enter is for
      // what is in the field, so it opens the first result of that once it is found.
      if (pending) {
        enterWhenFound.current = { otherPane: event.ctrlKey || event.metaKey };
        return;
      }
      const r = shown[active];
      if (r) void land(r, event.ctrlKey || event.metaKey);
    }
  };

  const filterCount = activeFilterCount(filters);
  const pending = query.trim() !== '' && (query !== settled || settled !== searched);
  useEffect(() => {
    const wanted = enterWhenFound.current;
    if (!wanted || pending) return;
    enterWhenFound.current = null;
    const first = shown[0];
    if (first) void landRef.current(first, wanted.otherPane);
  }, [pending, shown]);
  return (
    <div className="dialog-backdrop palette-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose(true)}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('commandPalette.search')} onKeyDown={onKeyDown}>
        <div className="palette-bar">
          <input
            ref={input}
            type="search"
            className="palette-input"
            aria-label={t('commandPalette.searchEverything')}
            aria-controls={`${ids}-results`}
            aria-activedescendant={shown.length ? optionId(active) : undefined}
            placeholder={t('commandPalette.searchSourcesPassagesNotesEventsActors')}
            value={query}
            onChange={(e) => {
              // Typing on after an Enter means another search: that Enter is forgotten.
              enterWhenFound.current = null;
              setQuery(e.target.value);
            }}
          />
          <button type="button" className="palette-filters-toggle" aria-expanded={showFilters} aria-controls={`${ids}-filters`} onClick={() => setShowFilters((s) => !s)}>
            {t('commandPalette.filters')}{filterCount ? ` (${filterCount})` : ''}
          </button>
        </div>
        {showFilters ? <PaletteFilters id={`${ids}-filters`} value={filters} onChange={setFilters} /> : null}
        {savingFirst ? (
          <p className="palette-progress" role="status">
            {t('commandPalette.savingTheOpenNote')}
          </p>
        ) : progress && progress.done < progress.total ? (
          <p className="palette-progress" role="status">
            {progress.loading ? t('commandPalette.loadingTheSearchIndex') : t('commandPalette.buildingTheSearchIndex', { done: format.number(progress.done), total: format.number(progress.total), what: t(`commandPalette.building.${progress.what}`, { defaultValue: progress.what }) })}
          </p>
        ) : null}
        <ResultList listRef={list} id={`${ids}-results`} optionId={optionId} groups={groups} firsts={firsts} active={active} searched={searched} pending={pending} onPick={pick} onScroll={markScrolled} />
      </div>
    </div>
  );
}

interface ResultListProps {
  readonly listRef: RefObject<HTMLDivElement | null>;
  readonly id: string;
  readonly optionId: (i: number) => string;
  readonly groups: readonly ResultGroup[];
  readonly firsts: readonly number[];
  readonly active: number;
  readonly searched: string;
  readonly pending: boolean;
  readonly onPick: (r: SearchResult, otherPane: boolean) => void;
  readonly onScroll: () => void;
}

/** A row of the drawn list: a group's heading, or a result with its place among the results. */
type Row = { readonly kind: 'heading'; readonly group: number } | { readonly kind: 'result'; readonly group: number; readonly index: number; readonly result: SearchResult };

// A heading's and a result's height (one line; a title and a snippet line), measured once drawn.
const HEADING_HEIGHT = 30;
const RESULT_HEIGHT = 52;

/**
 * The results, grouped by kind, drawn only where on screen (a common word finds thousands). The groups
 * stay groups for assistive technology: the drawn rows of a group sit in its element, which has no box
 * of its own, so each row is placed by the list. The highlighted result is always drawn, so the field's
 * aria-activedescendant always points at an element.
 */
const ResultList = memo(function ResultList({ listRef, id, optionId, groups, firsts, active, searched, pending, onPick, onScroll }: ResultListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = useMemo<Row[]>(
    () => groups.flatMap((g, gi) => [{ kind: 'heading', group: gi } as Row, ...g.results.map((result, k): Row => ({ kind: 'result', group: gi, index: firsts[gi]! + k, result }))]),
    [groups, firsts],
  );
  const activeRow = useMemo(() => rows.findIndex((r) => r.kind === 'result' && r.index === active), [rows, active]);
  const { virtualizer } = useVirtualListbox({
    count: rows.length,
    activeIndex: activeRow,
    estimateSize: RESULT_HEIGHT,
    scrollRef: listRef,
    getItemKey: (i) => {
      const r = rows[i];
      return !r ? i : r.kind === 'heading' ? `heading-${groups[r.group]!.kind}` : `${r.result.kind}-${r.result.id}`;
    },
  });
  const drawn = virtualizer.getVirtualItems();
  // The drawn rows, gathered under the group they belong to.
  const byGroup = new Map<number, typeof drawn>();
  for (const item of drawn) {
    const row = rows[item.index];
    if (!row) continue;
    byGroup.set(row.group, [...(byGroup.get(row.group) ?? []), item]);
  }
  return (
    <div className="palette-results" ref={listRef} id={id} role="listbox" aria-label={t('commandPalette.searchResults')} aria-busy={pending} data-searched={searched} onScroll={onScroll}>
      {searched && !pending && groups.length === 0 ? <p className="empty">{t('commandPalette.nothingFoundFor', { searched })}</p> : null}
      <div className="palette-rows" style={{ height: virtualizer.getTotalSize() }}>
        {[...byGroup].map(([gi, items]) => {
          const g = groups[gi]!;
          return (
            <div key={g.kind} role="group" aria-label={t(`commandPalette.groups.${g.kind}`)}>
              {items.map((item) => {
                const row = rows[item.index]!;
                const place = { transform: `translateY(${item.start}px)` };
                if (row.kind === 'heading') {
                  return (
                    <h3 key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="pane-title palette-row" style={{ ...place, minHeight: HEADING_HEIGHT }} aria-hidden="true">
                      {t(`commandPalette.groups.${g.kind}`)} ({format.number(g.results.length)})
                    </h3>
                  );
                }
                const { result: r, index: i } = row;
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    aria-setsize={g.results.length}
                    aria-posinset={i - firsts[gi]! + 1}
                    className={`palette-result palette-row${i === active ? ' active' : ''}`}
                    style={place}
                    onMouseDown={(e) => e.preventDefault() /* the focus stays in the field */}
                    onClick={(e) => onPick(r, e.ctrlKey || e.metaKey)}
                  >
                    <span className="result-title">{r.title}</span>
                    <span className="result-snippet">
                      {r.snippet.before}
                      <mark data-search-hit={r.snippet.alias ? 'alias' : 'match'} title={r.snippet.alias ? t('commandPalette.anotherSpelling') : undefined}>
                        {r.snippet.match}
                      </mark>
                      {r.snippet.after}
                    </span>
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
});
