import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_PREFIX, DRAFT_JOURNAL_CHANNEL_PREFIX, MENU_CHANNEL, type IpcResult, type MenuCommand, type NotebookBridge } from '@common/ipc/contract';
import { DRAFT_JOURNAL_METHODS, NOTEBOOK_METHODS } from '@common/ipc/methods';

// One wrapped function per contract method and nothing else: raw ipcRenderer never reaches the page.

async function call(method: string, arg: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(CHANNEL_PREFIX + method, arg)) as IpcResult<unknown>;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

const methods = Object.fromEntries(NOTEBOOK_METHODS.map((m) => [m, (arg?: unknown) => call(m, arg)]));

// The draft journal blocks the page until main has the draft on disk: that is its point (see contract).
function callSync(method: string, arg: unknown): boolean {
  const result = ipcRenderer.sendSync(DRAFT_JOURNAL_CHANNEL_PREFIX + method, arg) as IpcResult<boolean>;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const draftJournal = Object.fromEntries(DRAFT_JOURNAL_METHODS.map((m) => [m, (arg: unknown) => callSync(m, arg)]));

const bridge = {
  ...methods,
  ...draftJournal,
  onMenuCommand(listener: (command: MenuCommand) => void) {
    const wrapped = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, wrapped);
    return () => void ipcRenderer.removeListener(MENU_CHANNEL, wrapped);
  },
} as NotebookBridge;

contextBridge.exposeInMainWorld('notebook', bridge);
