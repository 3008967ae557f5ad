import type { MenuCommand } from '@common/ipc/contract';

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

export function menuTemplate(platform: NodeJS.Platform, options: { appName: string; devTools: boolean }): MenuSpec[] {
  const isMac = platform === 'darwin';
  const about: MenuSpec = { label: `About ${options.appName}`, main: 'about' };
  const appMenu: MenuSpec = {
    label: options.appName,
    submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
  };
  const file: MenuSpec = {
    label: 'File',
    submenu: [
      { label: 'Import Sources…', accelerator: 'CmdOrCtrl+O', send: 'import-text-files' },
      { label: 'New Source from Clipboard…', send: 'new-source-from-clipboard' },
      separator,
      { label: 'Export Note as Markdown…', accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, send: 'export-note' },
      { label: 'Export All Notes…', send: 'export-all-notes' },
      separator,
      { label: 'Open Data Folder', main: 'open-data-folder' },
      separator,
      // macOS keeps the app running with no window; Quit lives in the app menu there.
      isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
    ],
  };
  const edit: MenuSpec = {
    label: 'Edit',
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
    label: 'View',
    submenu: [
      { label: 'Trash', accelerator: 'Alt+9', registerAccelerator: false, send: 'show-trash' },
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
    label: 'Window',
    role: 'window',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuSpec = {
    label: 'Help',
    submenu: [
      { label: 'Keyboard Shortcuts', accelerator: 'CmdOrCtrl+/', main: 'shortcuts' },
      { label: 'Open Log Folder', main: 'open-log-folder' },
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

/** The shortcut sheet shown from Help: the renderer's own shortcuts and the menu's. */
const SHORTCUTS: ReadonlyArray<readonly [string, string]> = [
  ['CmdOrCtrl+K', 'Search everything'],
  ['CmdOrCtrl+F', 'Find in the open source'],
  ['CmdOrCtrl+O', 'Import text files'],
  ['CmdOrCtrl+Shift+E', 'Export the note as Markdown'],
  ['CmdOrCtrl+Shift+K', 'Insert a link in a note'],
  ['CmdOrCtrl+Z', 'Undo'],
  ['CmdOrCtrl+Shift+Z', 'Redo'],
  ['H', 'Highlight the selected passage'],
  ['T', 'Tag the selected passage'],
  ['C', 'Comment on the selected passage'],
  ['Q', 'Quote the selected passage in the note'],
  ['E', 'New event from the selected passage'],
  ['CmdOrCtrl+/', 'This list'],
];

export function shortcutSheet(platform: NodeJS.Platform): string {
  return SHORTCUTS.map(([keys, what]) => `${displayAccelerator(keys, platform)}\t${what}`).join('\n');
}
