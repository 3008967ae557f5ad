import { useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualListbox } from './useVirtualListbox';

interface Props<T> {
  readonly items: readonly T[];
  readonly itemKey: (item: T) => string;
  /** The list's accessible name. */
  readonly label: string;
  readonly className?: string;
  /** A first guess at a row's height in pixels; rows are measured once drawn. */
  readonly estimateSize: number;
  /** The row shown as selected or current: it stays drawn, wherever the list is scrolled. */
  readonly activeIndex?: number;
  readonly itemClassName?: (item: T) => string | undefined;
  readonly renderItem: (item: T, index: number) => ReactNode;
}

/**
 * A list of rows holding buttons (notes, passages, events, actors) that draws only the rows on screen,
 * so ten thousand of them scroll as smoothly as ten. It stays a list for assistive technology (each
 * row says its place in the whole with aria-posinset/aria-setsize); Tab reaches the drawn rows' buttons
 * as before, and the arrow keys, Home/End and PageUp/PageDown move between rows, however far.
 */
export function VirtualList<T>({ items, itemKey, label, className, estimateSize, activeIndex = -1, itemClassName, renderItem }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The row holding the focus is kept drawn too: scrolling it away must not drop the focus onto the page.
  const [focused, setFocused] = useState(-1);
  const { virtualizer, focusRow, rowForKey } = useVirtualListbox({
    count: items.length,
    activeIndex: focused >= 0 ? focused : activeIndex,
    estimateSize,
    scrollRef,
    getItemKey: (i) => (items[i] ? itemKey(items[i]) : i),
  });
  const rowIndex = (target: EventTarget) => {
    const row = (target as HTMLElement).closest<HTMLElement>('[data-index]');
    return row ? Number(row.dataset['index']) : -1;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = rowIndex(event.target);
    // Keys typed in a field inside a row (a rename box) are the field's.
    if (from < 0 || (event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return;
    const next = rowForKey(event, from);
    if (next === null || next < 0) return;
    setFocused(next);
    focusRow(next);
  };
  const onFocus = (event: FocusEvent<HTMLUListElement>) => setFocused(rowIndex(event.target));
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(-1);
  };
  return (
    <div className="virtual-scroll" ref={scrollRef}>
      <ul aria-label={label} className={className} style={{ height: virtualizer.getTotalSize() }} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index]!;
          return (
            <li
              key={row.key}
              data-index={row.index}
              ref={virtualizer.measureElement}
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              className={itemClassName?.(item)}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {renderItem(item, row.index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
