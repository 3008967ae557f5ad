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
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [bodyRef, scrollRef, text]);
  return selection;
}
