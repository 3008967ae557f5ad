import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, DRAFT_JOURNAL_CHANNEL_PREFIX, type IpcResult } from '@common/ipc/contract';
import { DRAFT_JOURNAL_METHODS, NOTEBOOK_METHODS } from '@common/ipc/methods';
import { dispatch, type HandlerTable } from '../ipc/handlerTable';
import { dispatchDraftJournal, type DraftJournalTable } from '../ipc/draftJournalTable';
import { senderRefusal } from './senderPolicy';
import { settleWithin } from './settleWithin';
import { ipcTimeoutFor } from './ipcTimeouts';

/**
 * Binds the handler table to `ipcMain.handle`, one channel per method. A call is answered only when it
 * comes from the main frame of one of our windows showing our own page; every call settles, with a
 * value or a readable error, within its timeout.
 */
export function registerIpc(table: HandlerTable, drafts: DraftJournalTable, ownWebContentsIds: () => ReadonlySet<number>, appOrigin: string, log: (message: string) => void): void {
  const refusalOf = (event: IpcMainEvent | IpcMainInvokeEvent) => {
    const frame = event.senderFrame;
    return senderRefusal(
      { webContentsId: event.sender.id, isMainFrame: frame !== null && frame === event.sender.mainFrame, url: frame?.url ?? '' },
      ownWebContentsIds(),
      appOrigin,
    );
  };
  for (const method of NOTEBOOK_METHODS) {
    ipcMain.handle(CHANNEL_PREFIX + method, async (event: IpcMainInvokeEvent, arg: unknown): Promise<IpcResult<unknown>> => {
      const refusal = refusalOf(event);
      if (refusal) {
        log(`Refused ${method}: ${refusal}`);
        return { ok: false, error: `Refused ${method}: ${refusal}.` };
      }
      const result = await settleWithin(dispatch(table, method, arg), ipcTimeoutFor(method), method);
      if (!result.ok) log(`${method}: ${result.error}`);
      return result;
    });
  }
  // The page waits on these (sendSync): every path must set a return value, or the window hangs.
  let lastLogged = -Infinity;
  for (const method of DRAFT_JOURNAL_METHODS) {
    ipcMain.on(DRAFT_JOURNAL_CHANNEL_PREFIX + method, (event: IpcMainEvent, arg: unknown) => {
      let result: IpcResult<boolean>;
      try {
        const refusal = refusalOf(event);
        result = refusal ? { ok: false, error: `Refused ${method}: ${refusal}.` } : dispatchDraftJournal(drafts, method, arg);
      } catch (error) {
        result = { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
      event.returnValue = result;
      // A lasting failure (a read-only folder) would log at every keystroke: once per minute is enough.
      if (!result.ok && Date.now() - lastLogged > 60_000) {
        lastLogged = Date.now();
        log(`${method}: ${result.error}`);
      }
    });
  }
}
