import type { MenuCommand } from '@common/ipc/contract';
import { createI18n } from '@common/i18n/createI18n';

/** Looks a catalog key up in the menu's language (an i18next `t`). */
export type Translate = (key: string, values?: Record<string, string>) => string;

const english = createI18n('en');
export const inEnglish: Translate = (key, values) => english.t(key, values ?? {});

/**
 * The application menu as data, from the platform alone, so its shape is tested without Electron.
 * `send` items go to the renderer (which owns the notes); `main` items are handled in main.
 * Accelerators use `CmdOrCtrl`: Cmd on macOS, Ctrl elsewhere, as each system's users expect.
 */
export type MainAction = 'about' | 'shortcuts' | 'open-data-folder' | 'open-log-folder';
export type MenuRole =
  | 'appMenu' | 'about' | 'services' | 'hide' | 'hideOthers' | 'unhide' | 'quit' | 'close'
  | 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'pasteAndMatchStyle' | 'delete' | 'selectAll'
  | 'reload' | 'forceReload' | 'toggleDevTools' | 'resetZoom' | 'zoomIn' | 'zoomOut' | 'togglefullscreen'
  | 'minimize' | 'zoom' | 'front' | 'window';

export interface MenuSpec {
  readonly label?: string;
  readonly role?: MenuRole;
  readonly type?: 'separator';
  readonly accelerator?: string;
  /** False when the renderer handles the shortcut itself (so it also works in the harness): the menu only shows it. */
  readonly registerAccelerator?: boolean;
  readonly send?: MenuCommand;
  readonly main?: MainAction;
  readonly submenu?: readonly MenuSpec[];
}

const separator: MenuSpec = { type: 'separator' };

export function menuTemplate(platform: NodeJS.Platform, options: { appName: string; devTools: boolean; t?: Translate }): MenuSpec[] {
  const t = options.t ?? inEnglish;
  const isMac = platform === 'darwin';
  const about: MenuSpec = { label: t('menu.about', { appName: options.appName }), main: 'about' };
  const appMenu: MenuSpec = {
    label: options.appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuSpec = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.importTextFiles'), accelerator: 'CmdOrCtrl+O', send: 'import-text-files' },
      { label: t('menu.newSourceFromClipboard'), send: 'new-source-from-clipboard' },
      separator,
      { label: t('menu.exportNote'), accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, send: 'export-note' },
      { label: t('menu.exportAllNotes'), send: 'export-all-notes' },
      { label: t('menu.backUpNotebook'), accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false, send: 'back-up-notebook' },
      separator,
      { label: t('menu.openDataFolder'), main: 'open-data-folder' },
      separator,
      // macOS keeps the app running with no window; Quit lives in the app menu there.
      isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuSpec = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(isMac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuSpec = {
    label: t('menu.view'),
    submenu: [
      { label: t('menu.trash'), accelerator: 'Alt+9', registerAccelerator: false, send: 'show-trash' },
      separator,
      { role: 'reload' },
      ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
  const windowMenu: MenuSpec = {
    label: t('menu.window'),
    role: 'window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuSpec = {
    label: t('menu.help'),
    submenu: [
      { label: t('menu.keyboardShortcuts'), accelerator: 'CmdOrCtrl+/', main: 'shortcuts' },
      { label: t('menu.openLogFolder'), main: 'open-log-folder' },
      // On macOS About is in the app menu, where Mac users look for it.
      ...(isMac ? [] : [separator, about]),
    ],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, windowMenu, help];
}

/** How an accelerator reads on this platform: `⌘⇧E` on macOS, `Ctrl+Shift+E` elsewhere. */
export function displayAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const parts = accelerator.split('+');
  if (platform === 'darwin') {
    const mac: Record<string, string> = { CmdOrCtrl: '⌘', Cmd: '⌘', Command: '⌘', Ctrl: '⌃', Control: '⌃', Shift: '⇧', Alt: '⌥', Option: '⌥' };
    return parts.map((p) => mac[p] ?? p).join('');
  }
  return parts.map((p) => (p === 'CmdOrCtrl' || p === 'Cmd' || p === 'Command' ? 'Ctrl' : p)).join('+');
}

/** The shortcut sheet shown from Help: the renderer's own shortcuts and the menu's (catalog keys under menu.shortcuts). */
const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['CmdOrCtrl+K', 'searchEverything'],
  ['CmdOrCtrl+F', 'findInSource'],
  ['CmdOrCtrl+O', 'importTextFiles'],
  ['CmdOrCtrl+Shift+E', 'exportNote'],
  ['CmdOrCtrl+Shift+S', 'backUpNotebook'],
  ['CmdOrCtrl+Shift+K', 'insertLink'],
  ['CmdOrCtrl+Z', 'undo'],
  ['CmdOrCtrl+Shift+Z', 'redo'],
  ['H', 'highlight'],
  ['T', 'tag'],
  ['C', 'comment'],
  ['Q', 'quote'],
  ['E', 'newEvent'],
  ['CmdOrCtrl+/', 'thisList'],
];

export function shortcutSheet(platform: NodeJS.Platform, t: Translate = inEnglish): string {
  return SHORTCUTS.map(([keys, what]) => `${displayAccelerator(keys, platform)}\t${t(`menu.shortcuts.${what}`)}`).join('\n');
}
