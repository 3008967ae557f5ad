import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, type ContextSpec } from './contextMenuTemplate';
import type { Translate } from './menuTemplate';

/** Shows the right-click menu of contextMenuTemplate.ts for the window. */
export function installContextMenu(win: BrowserWindow, translate: () => Translate): void {
  const contents = win.webContents;
  contents.on('context-menu', (_event, params) => {
    const specs = contextMenuTemplate({
      isEditable: params.isEditable,
      selectionText: params.selectionText,
      misspelledWord: params.misspelledWord,
      dictionarySuggestions: params.dictionarySuggestions,
      canCut: params.editFlags.canCut,
      canCopy: params.editFlags.canCopy,
      canPaste: params.editFlags.canPaste,
    }, translate());
    if (specs.length === 0) return;
    const toItem = (spec: ContextSpec): MenuItemConstructorOptions => {
      if ('type' in spec) return { type: 'separator' };
      if ('role' in spec) {
        const label = translate()(`menu.roles.${spec.role}`);
        return spec.enabled === undefined ? { role: spec.role, label } : { role: spec.role, label, enabled: spec.enabled };
      }
      if ('replaceMisspelling' in spec) return { label: spec.label, click: () => contents.replaceMisspelling(spec.replaceMisspelling) };
      const key = spec.pressKey;
      return {
        label: spec.label,
        accelerator: key,
        registerAccelerator: false,
        click: () => {
          contents.sendInputEvent({ type: 'keyDown', keyCode: key });
          contents.sendInputEvent({ type: 'keyUp', keyCode: key });
        },
      };
    };
    Menu.buildFromTemplate(specs.map(toItem)).popup({ window: win });
  });
}
