import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { contextMenuTemplate, type ContextSpec } from './contextMenuTemplate';

/** Shows the right-click menu of contextMenuTemplate.ts for the window. */
export function installContextMenu(win: BrowserWindow): void {
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
    });
    if (specs.length === 0) return;
    const toItem = (spec: ContextSpec): MenuItemConstructorOptions => {
      if ('type' in spec) return { type: 'separator' };
      if ('role' in spec) return spec.enabled === undefined ? { role: spec.role } : { role: spec.role, enabled: spec.enabled };
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
