import { useEffect, useRef } from 'react';
import type { SelectionAction } from './SelectionToolbar';
import { isEditable } from '../app/isEditable';

/**
 * The selection keys (H, T, C, Q, E, Y) for as long as the reader is open, not only while its
 * toolbar is drawn: the toolbar follows `selectionchange` and a React render, which a fast typist
 * on a loaded machine outruns, and a key pressed before it showed was lost. `hasSelection` is
 * asked at the key press, so the key acts on the selection the user sees then.
 */
export function useSelectionKeys(actions: SelectionAction, hasSelection: () => boolean, tagging: boolean, startTagging: () => void): void {
  // Read through a ref so the listener is added once, not again on every render of the reader.
  const latest = useRef({ actions, hasSelection, tagging, startTagging });
  latest.current = { actions, hasSelection, tagging, startTagging };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { actions, hasSelection, tagging, startTagging } = latest.current;
      if (tagging || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (!['h', 't', 'c', 'q', 'e', 'y'].includes(key) || !hasSelection()) return;
      if (key === 'h') actions.highlight();
      else if (key === 't') {
        // Keys typed before the next render are the tag's letters, not shortcuts.
        latest.current.tagging = true;
        startTagging();
      }
      else if (key === 'c') actions.comment();
      else if (key === 'q') actions.quote();
      else if (key === 'e') actions.newEvent();
      // Y as in yank: C is taken by Comment.
      else actions.copyWithCitation();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
