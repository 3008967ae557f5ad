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
 * The document selection as snapped offsets into `text`, read now. Actions read it at the moment
 * of the key press: the state below follows `selectionchange`, which a fast typist (or a loaded
 * machine) can outrun, so a key pressed right after Shift+arrow would act on the previous range.
 */
export function readReaderRange(body: HTMLElement | null, text: string | undefined): { start: number; end: number } | null {
  if (!body || text === undefined) return null;
  const raw = selectionToOffsets(body, window.getSelection());
  return raw ? snapSelection(text, raw.start, raw.end) : null;
}

/** The document selection in the reader, read now, with where its toolbar goes in `scroller`. */
export function readReaderSelection(body: HTMLElement | null, scroller: HTMLElement | null, text: string | undefined): ReaderSelection | null {
  const current = window.getSelection();
  const snapped = readReaderRange(body, text);
  if (!snapped || !scroller || !current || current.rangeCount === 0) return null;
  const rect = current.getRangeAt(0).getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  return {
    start: snapped.start,
    end: snapped.end,
    position: { top: rect.top - box.top + scroller.scrollTop - 44, left: Math.max(8, rect.left - box.left + scroller.scrollLeft) },
  };
}

/**
 * Follows the document selection and reports it as snapped offsets into `text` when it lies in
 * the reader body: whitespace trimmed, never inside a surrogate pair or a combining sequence.
 */
export function useReaderSelection(bodyRef: RefObject<HTMLElement | null>, scrollRef: RefObject<HTMLElement | null>, text: string | undefined): ReaderSelection | null {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  useEffect(() => {
    const update = () => setSelection(readReaderSelection(bodyRef.current, scrollRef.current, text));
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
