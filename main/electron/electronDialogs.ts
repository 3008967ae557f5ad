import { dialog, shell, type BrowserWindow } from 'electron';
import type { DialogService } from '../services/dialogs';

/** The real native dialogs, attached to the app window. */
export function createElectronDialogs(getWindow: () => BrowserWindow | null): DialogService {
  const filtersOf = (filters: readonly { name: string; extensions: readonly string[] }[]) =>
    filters.map((f) => ({ name: f.name, extensions: [...f.extensions] }));
  return {
    async openFiles({ title, filters }) {
      const win = getWindow();
      const options = { title, filters: filtersOf(filters), properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'> };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile({ title, defaultName, filters }) {
      const win = getWindow();
      const options = { title, defaultPath: defaultName, filters: filtersOf(filters) };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title }) {
      const win = getWindow();
      const options = { title, properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'> };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showFolder(path) {
      // openPath answers with an error message, empty on success, instead of rejecting.
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
  };
}
