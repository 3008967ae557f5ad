import { describe, expect, it } from 'vitest';
import { contextMenuTemplate, type ContextFacts } from '../../../main/electron/contextMenuTemplate';

const base: ContextFacts = { isEditable: false, selectionText: '', misspelledWord: '', dictionarySuggestions: [], canCut: false, canCopy: false, canPaste: false };
const names = (facts: ContextFacts) => contextMenuTemplate(facts).map((s) => ('label' in s ? s.label : 'role' in s ? s.role : '—'));

describe('contextMenuTemplate', () => {
  it('offers Copy, Copy with Citation, Quote in Note and New Event on a reader selection', () => {
    expect(names({ ...base, selectionText: 'le 22 septembre', canCopy: true })).toEqual(['copy', 'Copy with Citation', '—', 'Quote in Note', 'New Event']);
    expect(contextMenuTemplate({ ...base, selectionText: 'x' })).toContainEqual({ label: 'Copy with Citation', pressKey: 'Y' });
    expect(contextMenuTemplate({ ...base, selectionText: 'x' })).toContainEqual({ label: 'Quote in Note', pressKey: 'Q' });
  });
  it('shows nothing on a click with no selection outside a text field', () => {
    expect(contextMenuTemplate({ ...base, selectionText: '  \n' })).toEqual([]);
  });
  it('offers the edit commands in the note editor, disabled where they cannot act', () => {
    const menu = contextMenuTemplate({ ...base, isEditable: true, canPaste: true });
    expect(names({ ...base, isEditable: true })).toEqual(['undo', 'redo', '—', 'cut', 'copy', 'paste', '—', 'selectAll']);
    expect(menu).toContainEqual({ role: 'cut', enabled: false });
    expect(menu).toContainEqual({ role: 'paste', enabled: true });
  });
  it('puts up to five spelling suggestions first for a misspelled word', () => {
    const menu = names({ ...base, isEditable: true, misspelledWord: 'septembr', dictionarySuggestions: ['septembre', 'a', 'b', 'c', 'd', 'e'] });
    expect(menu.slice(0, 6)).toEqual(['septembre', 'a', 'b', 'c', 'd', '—']);
  });
});
