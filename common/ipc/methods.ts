import type { DraftJournalMethod, NotebookMethod } from './contract';

/**
 * The contract's method names at run time (interfaces vanish when compiled). Typed over the
 * contract's keys, so a method added there without a name here fails to compile. Kept apart from
 * the schemas so the preload does not bundle a validation library it never uses.
 */
const METHOD_TABLE: { readonly [K in NotebookMethod]: true } = {
  readSeeds: true,
  openTextFiles: true,
  pickTextFiles: true,
  readPickedTextFile: true,
  readDroppedFile: true,
  saveMarkdown: true,
  chooseExportFolder: true,
  writeExportNotes: true,
  writeExportFiles: true,
  saveTextFile: true,
  openTextFile: true,
  saveBinaryFile: true,
  openBinaryFile: true,
  listAutoBackups: true,
  backupWriteBegin: true,
  backupWriteAppend: true,
  backupWriteCommit: true,
  backupWriteAbort: true,
  backupReadBegin: true,
  backupReadNext: true,
  backupReadEnd: true,
  getDataFolder: true,
  openDataFolder: true,
  readClipboardSource: true,
  setUiLanguage: true,
  readPickedTextFiles: true,
  listKeptDrafts: true,
};

export const NOTEBOOK_METHODS = Object.keys(METHOD_TABLE) as NotebookMethod[];

export function isNotebookMethod(name: string): name is NotebookMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_TABLE, name);
}

/** The synchronous draft-journal methods, apart: the bridge sends them with `sendSync` (see contract). */
const DRAFT_JOURNAL_TABLE: { readonly [K in DraftJournalMethod]: true } = { keepDraftSync: true, dropDraftSync: true };
export const DRAFT_JOURNAL_METHODS = Object.keys(DRAFT_JOURNAL_TABLE) as DraftJournalMethod[];

export function isDraftJournalMethod(name: string): name is DraftJournalMethod {
  return Object.prototype.hasOwnProperty.call(DRAFT_JOURNAL_TABLE, name);
}
