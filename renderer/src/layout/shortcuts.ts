/**
 * Every keyboard shortcut of the app, for the shortcut sheet (`?`). Keep it beside the handlers'
 * behaviour: a shortcut added elsewhere belongs here too (the e2e keyboard test presses several).
 * `Mod` is Ctrl, or Cmd on macOS.
 */
export interface Shortcut {
  readonly keys: string;
  readonly does: string;
}

export interface ShortcutGroup {
  readonly title: string;
  readonly shortcuts: readonly Shortcut[];
}

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: '?', does: 'Show this list of shortcuts' },
      { keys: 'Mod+K', does: 'Search everything' },
      { keys: 'Alt+1 … Alt+8', does: 'Reader, All passages, Events, Timeline, Actors, Needs review, Backups, Settings' },
      { keys: 'Alt+9', does: 'Trash: deleted sources, to restore or delete forever' },
      { keys: 'F6 / Shift+F6', does: 'Move to the next / previous pane' },
      { keys: 'Mod+Shift+M', does: 'Maximize or restore the pane with the focus' },
      { keys: 'Tab / Shift+Tab', does: 'Move between controls' },
      { keys: 'Mod+Z', does: 'Undo the last deletion (outside a text field)' },
      { keys: 'Escape', does: 'Close a dialog, the search or the find bar' },
    ],
  },
  {
    title: 'Panes',
    shortcuts: [
      { keys: '← / → on a divider', does: 'Resize the panes beside it' },
      { keys: 'Double-click a pane title', does: 'Maximize or restore the pane' },
    ],
  },
  {
    title: 'Library',
    shortcuts: [
      { keys: '↑ / ↓', does: 'Previous / next source' },
      { keys: 'Home / End', does: 'First / last source' },
      { keys: 'Page Up / Page Down', does: 'A screen of sources up / down' },
    ],
  },
  {
    title: 'Reader',
    shortcuts: [
      { keys: 'Tab to the text', does: 'Put the caret in the text' },
      { keys: '← → ↑ ↓, Home, End', does: 'Move the caret' },
      { keys: 'Shift+arrows', does: 'Select by character or line' },
      { keys: 'Mod+Shift+← / →', does: 'Select by word (Alt+Shift on macOS)' },
      { keys: 'Escape', does: 'Clear the selection' },
      { keys: 'Mod+F', does: 'Find in the source (Enter / Shift+Enter: next / previous)' },
    ],
  },
  {
    title: 'With text selected in the reader',
    shortcuts: [
      { keys: 'H', does: 'Highlight' },
      { keys: 'T', does: 'Tag' },
      { keys: 'C', does: 'Comment' },
      { keys: 'Q', does: 'Quote in the open note' },
      { keys: 'E', does: 'New event' },
      { keys: 'Y', does: 'Copy with citation' },
    ],
  },
  {
    title: 'Passage details',
    shortcuts: [{ keys: 'Mod+Enter', does: 'Save the comment' }],
  },
  {
    title: 'Notes',
    shortcuts: [
      { keys: 'Mod+B / Mod+I / Mod+U', does: 'Bold / italic / underline' },
      { keys: 'Mod+Shift+X', does: 'Strikethrough' },
      { keys: 'Mod+E', does: 'Inline code' },
      { keys: 'Mod+Alt+0 … 3', does: 'Paragraph, heading 1 to 3' },
      { keys: 'Mod+Shift+7 / 8 / 9', does: 'Numbered, bulleted, check list' },
      { keys: 'Mod+Shift+K', does: 'Link' },
      { keys: 'Mod+Z / Mod+Y', does: 'Undo / redo' },
      { keys: '@ or /cite', does: 'Cite a passage' },
      { keys: '/quote', does: 'Quote a passage' },
      { keys: 'Mod+Shift+E', does: 'Export the note as Markdown' },
    ],
  },
];
