import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, type IpcResult } from '@common/ipc/contract';
import { NOTEBOOK_METHODS } from '@common/ipc/methods';
import { dispatch, type HandlerTable } from '../ipc/handlerTable';
import { senderRefusal } from './senderPolicy';
import { settleWithin } from './settleWithin';
import { ipcTimeoutFor } from './ipcTimeouts';

/**
 * Binds the handler table to `ipcMain.handle`, one channel per method. A call is answered only when it
 * comes from the main frame of one of our windows showing our own page; every call settles, with a
 * value or a readable error, within its timeout.
 */
export function registerIpc(table: HandlerTable, ownWebContentsIds: () => ReadonlySet<number>, appOrigin: string, log: (message: string) => void): void {
  for (const method of NOTEBOOK_METHODS) {
    ipcMain.handle(CHANNEL_PREFIX + method, async (event: IpcMainInvokeEvent, arg: unknown): Promise<IpcResult<unknown>> => {
      const frame = event.senderFrame;
      const refusal = senderRefusal(
        { webContentsId: event.sender.id, isMainFrame: frame !== null && frame === event.sender.mainFrame, url: frame?.url ?? '' },
        ownWebContentsIds(),
        appOrigin,
      );
      if (refusal) {
        log(`Refused ${method}: ${refusal}`);
        return { ok: false, error: `Refused ${method}: ${refusal}.` };
      }
      const result = await settleWithin(dispatch(table, method, arg), ipcTimeoutFor(method), method);
      if (!result.ok) log(`${method}: ${result.error}`);
      return result;
    });
  }
}
