import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX } from '@common/ipc/contract';
import { NOTEBOOK_METHODS } from '@common/ipc/methods';
import { dispatch, type HandlerTable } from '../ipc/handlerTable';

/**
 * Binds the handler table to `ipcMain.handle`, one channel per method. A call is answered only
 * when it comes from our own page (the app's file:// or dev-server origin): a frame that
 * somehow navigated elsewhere gets a refusal, not our file system.
 */
export function registerIpc(table: HandlerTable, isTrustedUrl: (url: string) => boolean): void {
  for (const method of NOTEBOOK_METHODS) {
    ipcMain.handle(CHANNEL_PREFIX + method, async (event: IpcMainInvokeEvent, arg: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: `Refused ${method}: call from an untrusted page.` };
      return dispatch(table, method, arg);
    });
  }
}
