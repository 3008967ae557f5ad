import { describe, expect, it } from 'vitest';
import { displayAccelerator, menuTemplate, shortcutSheet, type MenuSpec } from '../../../main/electron/menuTemplate';
import { contextMenuTemplate } from '../../../main/electron/contextMenuTemplate';
import { createI18n } from '@common/i18n/createI18n';

const all = (items: readonly MenuSpec[]): MenuSpec[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
const labels = (items: readonly MenuSpec[]) => items.map((i) => i.label);

describe('menuTemplate', () => {
  it('has the macOS app menu first on macOS, with About in it', () => {
    const menu = menuTemplate('darwin', { appName: 'Verbatim', devTools: false });
    expect(labels(menu)).toEqual(['Verbatim', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(menu[0]!.submenu!.map((i) => i.main ?? i.role)).toContain('about');
    expect(menu[0]!.submenu!.map((i) => i.role)).toContain('quit');
  });
  for (const platform of ['win32', 'linux'] as const) {
    it(`has File, Edit, View, Window, Help on ${platform}, About and Quit included`, () => {
      const menu = menuTemplate(platform, { appName: 'Verbatim', devTools: false });
      expect(labels(menu)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      const items = all(menu);
      expect(items.some((i) => i.main === 'about')).toBe(true);
      expect(items.find((i) => i.role === 'quit')?.accelerator).toBe('Ctrl+Q');
    });
  }
  it('wires the app’s commands with CmdOrCtrl accelerators', () => {
    const items = all(menuTemplate('linux', { appName: 'Verbatim', devTools: false }));
    expect(items.find((i) => i.send === 'import-text-files')?.accelerator).toBe('CmdOrCtrl+O');
    expect(items.find((i) => i.send === 'export-note')).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false });
    expect(items.some((i) => i.send === 'export-all-notes')).toBe(true);
    // Handled by the page (so it also works in the harness), the caret staying in the note.
    expect(items.find((i) => i.send === 'back-up-notebook')).toMatchObject({ label: 'Back Up Notebook…', accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false });
    expect(items.find((i) => i.main === 'shortcuts')?.label).toBe('Keyboard Shortcuts');
    expect(items.some((i) => i.main === 'open-data-folder')).toBe(true);
  });
  it('opens the Trash from the View menu and a new source from the clipboard from the File menu', () => {
    const menu = menuTemplate('linux', { appName: 'Verbatim', devTools: false });
    const submenu = (label: string) => all(menu.find((m) => m.label === label)?.submenu ?? []);
    expect(submenu('View').find((i) => i.send === 'show-trash')).toMatchObject({ label: 'Trash', accelerator: 'Alt+9', registerAccelerator: false });
    expect(submenu('File').find((i) => i.send === 'new-source-from-clipboard')?.label).toBe('New Source from Clipboard…');
  });
  it('offers developer tools only in development', () => {
    expect(all(menuTemplate('linux', { appName: 'Verbatim', devTools: false })).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(all(menuTemplate('linux', { appName: 'Verbatim', devTools: true })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
  it('speaks French when the window does', () => {
    const french = createI18n('fr');
    const t = (key: string, values?: Record<string, string>) => french.t(key, values ?? {});
    const menu = menuTemplate('linux', { appName: 'Verbatim', devTools: false, t });
    expect(labels(menu)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(all(menu).find((i) => i.send === 'import-text-files')?.label).toBe('Importer des sources…');
    expect(all(menu).find((i) => i.main === 'about')?.label).toBe('À propos de Verbatim');
    expect(shortcutSheet('linux', t)).toContain('Ctrl+K\tTout rechercher');
    const facts = { isEditable: false, selectionText: 'Lavrov', misspelledWord: '', dictionarySuggestions: [], canCut: false, canCopy: true, canPaste: false };
    expect(contextMenuTemplate(facts, t).flatMap((i) => ('label' in i ? [i.label] : []))).toEqual(['Copier avec la référence', 'Citer dans la note', 'Nouvel événement']);
  });
  it('gives every item a label, a role or a separator', () => {
    for (const item of all(menuTemplate('win32', { appName: 'Verbatim', devTools: true }))) expect(item.label ?? item.role ?? item.type).toBeTruthy();
  });
});

describe('displayAccelerator and the shortcut sheet', () => {
  const rows: Array<[string, NodeJS.Platform, string]> = [
    ['CmdOrCtrl+Shift+E', 'darwin', '⌘⇧E'],
    ['CmdOrCtrl+Shift+E', 'win32', 'Ctrl+Shift+E'],
    ['CmdOrCtrl+K', 'linux', 'Ctrl+K'],
    ['Alt+F4', 'darwin', '⌥F4'],
    ['H', 'linux', 'H'],
  ];
  for (const [acc, platform, shown] of rows) it(`shows ${acc} as ${shown} on ${platform}`, () => expect(displayAccelerator(acc, platform)).toBe(shown));
  it('lists search with the platform’s modifier', () => {
    expect(shortcutSheet('darwin')).toContain('⌘K\tSearch everything');
    expect(shortcutSheet('win32')).toContain('Ctrl+K\tSearch everything');
    expect(shortcutSheet('linux')).toContain('Ctrl+Shift+S\tBack up the whole notebook to a file');
  });
});
