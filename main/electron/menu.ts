import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '@common/ipc/contract';
import { menuTemplate, type MainAction, type MenuSpec, type Translate } from './menuTemplate';

/** Turns the menu data (menuTemplate.ts) into Electron's menu: commands to the renderer, actions to main. */
export function installMenu(getWindow: () => BrowserWindow | null, options: { appName: string; devTools: boolean; onAction: (action: MainAction) => void; t: Translate }): void {
  const toElectron = (spec: MenuSpec): MenuItemConstructorOptions => {
    const item: MenuItemConstructorOptions = {};
    if (spec.label !== undefined) item.label = spec.label;
    // Electron names role items in English only: give them the interface language's words.
    else if (spec.role !== undefined) item.label = options.t(`menu.roles.${spec.role}`);
    if (spec.role !== undefined) item.role = spec.role;
    if (spec.type !== undefined) item.type = spec.type;
    if (spec.accelerator !== undefined) item.accelerator = spec.accelerator;
    if (spec.registerAccelerator !== undefined) item.registerAccelerator = spec.registerAccelerator;
    const command = spec.send;
    const action = spec.main;
    if (command) item.click = () => getWindow()?.webContents.send(MENU_CHANNEL, command);
    else if (action) item.click = () => options.onAction(action);
    if (spec.submenu) item.submenu = spec.submenu.map(toElectron);
    return item;
  };
  const template = menuTemplate(process.platform, { appName: options.appName, devTools: options.devTools, t: options.t });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template.map(toElectron)));
}
