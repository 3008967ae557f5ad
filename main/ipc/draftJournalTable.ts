import type { DraftJournalMethod, IpcResult, NotebookDraftJournal } from '@common/ipc/contract';
import { draftJournalSchemas } from '@common/ipc/schemas';
import { isDraftJournalMethod } from '@common/ipc/methods';
import type { KeptDrafts } from '../services/keptDrafts';
import { describeError, describeInvalidArgument } from './handlerTable';

/** Main's side of the synchronous draft journal: what `sendSync` (Electron) or a blocking request (harness) runs. */
export type DraftJournalTable = { readonly [K in DraftJournalMethod]: (arg: Parameters<NotebookDraftJournal[K]>[0]) => boolean };

export function createDraftJournalTable(drafts: KeptDrafts): DraftJournalTable {
  return {
    keepDraftSync: (request) => drafts.keep(request),
    dropDraftSync: ({ noteId, windowId }) => {
      drafts.drop(noteId, windowId);
      return true;
    },
  };
}

/**
 * Runs one synchronous call as `dispatch` runs the others: unknown methods and arguments that do not
 * parse are refused, and a failed write comes back as a message (the page keeps its own two copies).
 */
export function dispatchDraftJournal(table: DraftJournalTable, method: string, arg: unknown): IpcResult<boolean> {
  if (!isDraftJournalMethod(method)) return { ok: false, error: `Unknown method "${method}".` };
  const parsed = draftJournalSchemas[method].safeParse(arg);
  if (!parsed.success) return { ok: false, error: describeInvalidArgument(method, parsed.error) };
  try {
    return { ok: true, value: (table[method] as (a: unknown) => boolean)(parsed.data) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
