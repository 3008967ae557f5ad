import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { isListKey, nextListIndex } from '@common/ui/listNavigation';

interface Options {
  count: number;
  /** The row that holds the focus or the selection, -1 for none: it stays in the page even when scrolled away. */
  activeIndex: number;
  /** A row's height in pixels (a first guess when the caller measures rows with `virtualizer.measureElement`). */
  estimateSize: number;
  scrollRef: RefObject<HTMLElement | null>;
  getItemKey?: (index: number) => string | number;
}

/**
 * A list that draws only the rows on screen (TanStack Virtual), keyboard-navigable as if every row
 * were there: arrows, Home/End and PageUp/PageDown reach any row, which is scrolled into view and given
 * the focus once drawn. The active row is always drawn, so scrolling it out of view never drops the focus
 * onto the page. Rows carry `data-index`; the caller sets aria-setsize / aria-posinset on them.
 */
export function useVirtualListbox({ count, activeIndex, estimateSize, scrollRef, getItemKey }: Options) {
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !rows.includes(activeIndex)) return [...rows, activeIndex].sort((a, b) => a - b);
      return rows;
    },
    [activeIndex],
  );
  // While a row is being brought into view, the browser places it: the virtualizer's own correction
  // for rows that turn out taller or shorter than estimated would start from a stale scroll offset.
  const revealing = useRef(false);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
    rangeExtractor,
    ...(getItemKey ? { getItemKey } : {}),
  });
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => !revealing.current;
  const pendingFocus = useRef<number | null>(null);

  // Give the focus to the row a key led to, as soon as it is drawn (it may be thousands of rows away).
  useLayoutEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = rowElement(scrollRef.current, index);
    if (!row) return;
    pendingFocus.current = null;
    focusAndReveal(scrollRef.current, index, revealing);
  });

  /**
   * Focuses a row once drawn and scrolls it into view. The caller makes it the active row (so it is
   * drawn, wherever it is); the browser then scrolls to where the row really is, rather than the
   * virtualizer to where it guesses it is from estimated heights.
   */
  const focusRow = useCallback(
    (index: number) => {
      if (index < 0) return;
      pendingFocus.current = index;
      if (rowElement(scrollRef.current, index)) {
        pendingFocus.current = null;
        focusAndReveal(scrollRef.current, index, revealing);
      }
    },
    [scrollRef],
  );

  /**
   * The row a navigation key leads to from `from`, or null when the key is not one of them. The
   * caller selects it (or not) and calls `focusRow`.
   */
  const rowForKey = useCallback(
    (event: KeyboardEvent, from: number): number | null => {
      if (!isListKey(event.key) || event.altKey || event.ctrlKey || event.metaKey) return null;
      event.preventDefault();
      const page = (scrollRef.current?.clientHeight ?? estimateSize) / estimateSize;
      return nextListIndex(event.key, from, count, page);
    },
    [count, estimateSize, scrollRef],
  );

  return { virtualizer, focusRow, rowForKey };
}

function rowElement(list: HTMLElement | null, index: number): HTMLElement | null {
  return list?.querySelector<HTMLElement>(`[data-index="${index}"]`) ?? null;
}

/**
 * Focuses a drawn row and keeps it in view while the rows around it are measured: rows drawn for the
 * first time change the heights above it (they were estimated) and the virtualizer moves the scroll
 * position to match, so the row is brought into view again (by the browser, from where it really
 * is) on every frame until it has stayed in view for three frames running, for half a second at most.
 */
function focusAndReveal(list: HTMLElement | null, index: number, revealing: { current: boolean }): void {
  revealing.current = true;
  const row = rowElement(list, index);
  // A row that holds buttons (a list of notes, events…) gives the focus to its first one, as Tab would.
  const target = row && !row.matches('[role="option"]') ? (row.querySelector<HTMLElement>('button:not([disabled]), a[href], [tabindex]') ?? row) : row;
  target?.focus({ preventScroll: true });
  let steady = 0;
  const reveal = (framesLeft: number) => {
    const row = rowElement(list, index);
    if (!row || !list) return void (revealing.current = false);
    const r = row.getBoundingClientRect();
    const l = list.getBoundingClientRect();
    if (r.top >= l.top - 1 && r.bottom <= l.bottom + 1) steady++;
    else {
      steady = 0;
      row.scrollIntoView({ block: 'nearest' });
    }
    if (steady < 3 && framesLeft > 0) requestAnimationFrame(() => reveal(framesLeft - 1));
    else revealing.current = false;
  };
  reveal(30);
}
