import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { offsetToPoint, pointToOffset } from './domOffsets';

type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

/** Which move a key asks for: Shift extends, Ctrl (Alt on macOS) moves by word. */
export function caretMoveFor(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey' | 'shiftKey'>): { alter: 'move' | 'extend'; direction: 'backward' | 'forward'; granularity: Granularity } | null {
  const byWord = event.ctrlKey || event.altKey;
  const alter = event.shiftKey ? 'extend' : 'move';
  switch (event.key) {
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: byWord ? 'word' : 'character' };
    case 'ArrowUp':
      return { alter, direction: 'backward', granularity: 'line' };
    case 'ArrowDown':
      return { alter, direction: 'forward', granularity: 'line' };
    case 'Home':
      return { alter, direction: 'backward', granularity: 'lineboundary' };
    case 'End':
      return { alter, direction: 'forward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Where the caret is drawn, relative to the scrolling container; null when the reader has no focus. */
export interface CaretBox {
  readonly top: number;
  readonly left: number;
  readonly height: number;
}

/**
 * A keyboard caret for the read-only reader. The text is not editable, so the browser draws no
 * caret and moves none: the arrows move the document selection with `Selection.modify` (by
 * character, word, line), Shift extends it, and the caret is drawn at the selection's focus.
 * The selection toolbar then follows the selection as it does for the mouse.
 */
export function useReaderCaret(bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>) {
  const [caret, setCaret] = useState<CaretBox | null>(null);

  const draw = useCallback(() => {
    const body = bodyRef.current;
    const scroller = scrollRef.current;
    const selection = window.getSelection();
    if (!body || !scroller || !selection || selection.rangeCount === 0 || document.activeElement !== body || !selection.focusNode || !body.contains(selection.focusNode)) {
      setCaret(null);
      return;
    }
    const range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    range.collapse(true);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    if (rect.height === 0 && rect.top === 0 && rect.left === 0) {
      setCaret(null);
      return;
    }
    setCaret({ top: rect.top - box.top + scroller.scrollTop, left: rect.left - box.left + scroller.scrollLeft, height: rect.height || 18 });
  }, [bodyRef, scrollRef]);

  useEffect(() => {
    document.addEventListener('selectionchange', draw);
    return () => document.removeEventListener('selectionchange', draw);
  }, [draw]);

  /** On focus (Tab, F6, a click), put the caret at the top of what is in view, unless the selection is here already. */
  const onFocus = useCallback(() => {
    const body = bodyRef.current;
    const selection = window.getSelection();
    if (!body || !selection) return;
    if (selection.rangeCount > 0 && selection.focusNode && body.contains(selection.focusNode)) {
      draw();
      return;
    }
    const scroller = scrollRef.current;
    const top = scroller?.getBoundingClientRect().top ?? 0;
    const firstInView = [...body.querySelectorAll<HTMLElement>('p[data-start]')].find((p) => p.getBoundingClientRect().bottom > top);
    const point = offsetToPoint(body, Number(firstInView?.dataset['start'] ?? 0));
    if (!point) return;
    selection.setBaseAndExtent(point.node, point.offset, point.node, point.offset);
    draw();
  }, [bodyRef, scrollRef, draw]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const body = bodyRef.current;
      const selection = window.getSelection();
      if (!body || !selection || event.target !== body) return;
      if (event.key === 'Escape' && !selection.isCollapsed && selection.focusNode) {
        selection.collapse(selection.focusNode, selection.focusOffset);
        event.preventDefault();
        return;
      }
      const move = caretMoveFor(event);
      if (!move || event.metaKey) return;
      if (selection.rangeCount === 0 || !selection.focusNode || !body.contains(selection.focusNode)) onFocus();
      selection.modify(move.alter, move.direction, move.granularity);
      // Never let the selection leave the reader's text (into the header or the note).
      if (selection.focusNode && pointToOffset(body, selection.focusNode, selection.focusOffset) === null) selection.modify(move.alter, move.direction === 'forward' ? 'backward' : 'forward', move.granularity);
      event.preventDefault();
      const focus = selection.focusNode;
      (focus?.nodeType === Node.TEXT_NODE ? focus.parentElement : (focus as Element | null))?.scrollIntoView({ block: 'nearest' });
    },
    [bodyRef, onFocus],
  );

  return { caret, onFocus, onKeyDown, onBlur: () => setCaret(null) };
}
