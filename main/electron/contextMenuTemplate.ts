import { inEnglish, type MenuRole, type Translate } from './menuTemplate';

/** What Electron's `context-menu` event tells about the click (the fields we use). */
export interface ContextFacts {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly misspelledWord: string;
  readonly dictionarySuggestions: readonly string[];
  readonly canCut: boolean;
  readonly canCopy: boolean;
  readonly canPaste: boolean;
}

export type ContextSpec =
  | { readonly type: 'separator' }
  | { readonly role: MenuRole; readonly enabled?: boolean }
  | { readonly label: string; readonly replaceMisspelling: string }
  /** Presses the reader's own selection shortcut (Q, E), so the menu does exactly what the key does. */
  | { readonly label: string; readonly pressKey: 'Q' | 'E' | 'Y' };

/**
 * The right-click menu, from the click alone. In the note editor and text fields: spelling suggestions
 * (macOS), then the edit commands. On a selection in the reader: Copy, Copy with Citation, Quote in
 * Note, New Event.
 * Nothing at all elsewhere, rather than a menu of disabled items.
 */
export function contextMenuTemplate(facts: ContextFacts, t: Translate = inEnglish): ContextSpec[] {
  if (facts.isEditable) {
    const spelling: ContextSpec[] = facts.misspelledWord
      ? [...facts.dictionarySuggestions.slice(0, 5).map((s) => ({ label: s, replaceMisspelling: s })), { type: 'separator' as const }]
      : [];
    return [
      ...spelling,
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut', enabled: facts.canCut },
      { role: 'copy', enabled: facts.canCopy },
      { role: 'paste', enabled: facts.canPaste },
      { type: 'separator' },
      { role: 'selectAll' },
    ];
  }
  if (facts.selectionText.trim() === '') return [];
  return [{ role: 'copy' }, { label: t('menu.copyWithCitation'), pressKey: 'Y' }, { type: 'separator' }, { label: t('menu.quoteInNote'), pressKey: 'Q' }, { label: t('menu.newEvent'), pressKey: 'E' }];
}
