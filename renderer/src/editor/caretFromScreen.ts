import { $createRangeSelectionFromDom, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/** Keys Lexical carries out itself at the key press, at its own record of the caret. */
const KEYS_AT_CARET = new Set(['Enter', 'Backspace', 'Delete', 'Tab']);

/**
 * Lexical learns where the caret is from the browser's `selectionchange` event, which comes after
 * the caret moved, in a task of its own. Enter, Backspace, Delete and Tab are carried out at the
 * key press on Lexical's record of the caret: on a busy machine, a key pressed right after a click
 * or an End acted where the caret was before (a line break at the end of the line just typed, a
 * letter erased there). At such a key press, when the caret on screen is not the one Lexical
 * holds, this lets Lexical read it first, through its own `selectionchange` handling (which also
 * sets the caret's bold or italic from the text it stands in).
 *
 * Shortcuts with Ctrl or Cmd (bold a selected range) catch up the same way when a range is selected
 * on screen. Not at a collapsed caret: there Lexical keeps a format asked for before typing (Ctrl+B,
 * then letters), which reading the caret again would reset.
 */
export function registerCaretFromScreen(editor: LexicalEditor): () => void {
  let listenedRoot: HTMLElement | null = null;
  const onKeyDown = (event: KeyboardEvent) => {
    const root = listenedRoot;
    if (root === null || event.isComposing) return;
    const onScreen = root.ownerDocument.getSelection();
    if (!onScreen || onScreen.rangeCount === 0 || !root.contains(onScreen.anchorNode) || !root.contains(onScreen.focusNode)) return;
    const wanted = KEYS_AT_CARET.has(event.key) || ((event.ctrlKey || event.metaKey) && !onScreen.isCollapsed);
    if (!wanted || !editor.read(() => $lagsBehind(onScreen, editor))) return;
    root.ownerDocument.dispatchEvent(new Event('selectionchange'));
  };
  const unregister = editor.registerRootListener((root, previous) => {
    // Capture: before Lexical's own key handling on the same element.
    previous?.removeEventListener('keydown', onKeyDown, true);
    root?.addEventListener('keydown', onKeyDown, true);
    listenedRoot = root;
  });
  return () => {
    unregister();
    listenedRoot?.removeEventListener('keydown', onKeyDown, true);
    listenedRoot = null;
  };
}

/** True when Lexical's caret is not the one on screen. A chip selected as a whole is left alone. */
function $lagsBehind(onScreen: Selection, editor: LexicalEditor): boolean {
  const held = $getSelection();
  if (held !== null && !$isRangeSelection(held)) return false;
  const fromScreen = $createRangeSelectionFromDom(onScreen, editor);
  if (fromScreen === null) return false;
  return held === null || !fromScreen.anchor.is(held.anchor) || !fromScreen.focus.is(held.focus);
}
