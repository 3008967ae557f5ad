import type { NotebookMethod } from '@common/ipc/contract';

/** A call that does not wait on a person: reading or writing files in the data folder. */
export const DEFAULT_IPC_TIMEOUT_MS = 2 * 60_000;

/**
 * Calls that open a native dialog wait for the user, who may take a long time over a file name;
 * they still settle eventually rather than leave a promise pending forever.
 */
const DIALOG_TIMEOUT_MS = 60 * 60_000;
const WAITS_ON_A_PERSON: ReadonlySet<string> = new Set<NotebookMethod>(['openTextFiles', 'pickTextFiles', 'saveMarkdown', 'chooseExportFolder', 'saveTextFile', 'openTextFile']);

export function ipcTimeoutFor(method: string): number {
  return WAITS_ON_A_PERSON.has(method) ? DIALOG_TIMEOUT_MS : DEFAULT_IPC_TIMEOUT_MS;
}
