import { useEffect, useState, type RefObject } from 'react';
import { snapSelection } from '@common/anchor';
import { selectionToOffsets } from './domOffsets';

export interface ReaderSelection {
  readonly start: number;
  readonly end: number;
  /** Toolbar position relative to the scrolling container. */
  readonly position: { top: number; left: number };
}

/**
 * Follows the document selection and reports it as snapped offsets into `text` when it lies in
 * the reader body: whitespace trimmed, never inside a surrogate pair or a combining sequence.
 */
export function useReaderSelection(bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, text: string | undefined): ReaderSelection | null {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  useEffect(() => {
    const update = () => {
      const body = bodyRef.current;
      const scroller = scrollRef.current;
      const current = window.getSelection();
      const raw = body && text !== undefined ? selectionToOffsets(body, current) : null;
      const snapped = raw && text !== undefined ? snapSelection(text, raw.start, raw.end) : null;
      if (!snapped || !scroller || !current) {
        setSelection(null);
        return;
      }
      const rect = current.getRangeAt(0).getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      setSelection({
        start: snapped.start,
        end: snapped.end,
        position: { top: rect.top - box.top + scroller.scrollTop - 44, left: Math.max(8, rect.left - box.left + scroller.scrollLeft) },
      });
    };
    // While the mouse is down the user is still choosing: drawing the toolbar mid-drag would put new
    // nodes into the reader under the moving selection. Show it once the button is released.
    let dragging = false;
    const onDown = () => {
      dragging = true;
    };
    const onUp = () => {
      dragging = false;
      update();
    };
    const onChange = () => {
      if (!dragging) update();
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('mouseup', onUp);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('mouseup', onUp);
    };
  }, [bodyRef, scrollRef, text]);
  return selection;
}
