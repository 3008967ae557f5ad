import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '@common/ipc/contract';

/** The native menu; app commands are sent to the renderer, which owns the data. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(MENU_CHANNEL, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import Text Files…', accelerator: 'CmdOrCtrl+O', click: send('import-text-files') },
        // The renderer handles the shortcut itself (so it also works in the harness); the menu only shows it.
        { label: 'Export Note as Markdown…', accelerator: 'CmdOrCtrl+Shift+E', registerAccelerator: false, click: send('export-note') },
        { label: 'Export All Notes…', click: send('export-all-notes') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
