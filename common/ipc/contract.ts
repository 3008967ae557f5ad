import type { ImportBatch } from '../source/types';
import type { Draft } from '../notes/draftRecovery';
import type { Splice } from '../text/splice';

/**
 * Everything the renderer may ask of main. One interface: the preload exposes it as
 * `window.notebook`, main's handler table must implement every method (a missing one fails to
 * compile), and the harness serves the same table over HTTP. Every method takes at most one
 * argument, a plain object that main validates (see ./schemas.ts), and returns a Promise.
 */
export interface NotebookApi {
  /** Reads and parses every file of the seeds folder. */
  readSeeds(): Promise<ImportBatch>;
  /** Asks the user for source files (text, Markdown, web pages, PDF, Word) and parses them; null when the dialog is cancelled. */
  openTextFiles(): Promise<ImportBatch | null>;
  /**
   * Asks the user for source files (text, Markdown, web pages, PDF, Word) without reading them: their
   * paths and sizes, or null when cancelled. Only these paths may then be read with readPickedTextFile,
   * one at a time, so a long import can show its progress and be cancelled between files.
   */
  pickTextFiles(): Promise<Array<{ path: string; byteSize: number }> | null>;
  /** Reads and parses (extracts, for PDF, Word and web pages) one file of the last pick; any other path is refused. */
  readPickedTextFile(request: { path: string }): Promise<ImportBatch>;
  /**
   * Parses one file dropped on the window, from its bytes (base64): the page can read a dropped file
   * but has no path to give. `relativePath` is its place in the dropped folder (or its name);
   * `dropId` (the drop's ISO time) keeps files of different drops apart, as files from different folders.
   */
  readDroppedFile(request: { dropId: string; relativePath: string; base64: string }): Promise<ImportBatch>;
  /** Asks where to save one note's Markdown and writes it atomically; the path, or null when cancelled. */
  saveMarkdown(request: { suggestedName: string; markdown: string }): Promise<string | null>;
  /**
   * Asks for the folder an export of several notes goes to; the folder, or null when cancelled. Only a
   * folder chosen here may then be written by writeExportNotes and writeExportFiles, which the page
   * calls slice by slice, so a long export shows its progress and can be cancelled between slices.
   */
  chooseExportFolder(request: { kind: ExportFolderKind }): Promise<string | null>;
  /**
   * Writes one `.md` per note in a chosen folder, never over a file; the paths written, in order.
   * `done` and `total` place the slice in the whole export, for the message should it fail midway.
   */
  writeExportNotes(request: { folder: string; notes: Array<{ title: string; markdown: string }>; done: number; total: number }): Promise<string[]>;
  // Interchange (issue 16): exports that leave Verbatim whole.
  /**
   * Writes an export's companion files at fixed places in a chosen folder: `references.json` /
   * `references.bib` (pandoc and Zotero) and `sources/<file name>` (the exact text of each cited
   * source version, so verify needs nothing else).
   */
  writeExportFiles(request: { folder: string; files: Array<{ path: string; content: string }> }): Promise<void>;
  /** Asks where to save a text file (a backup, CSV, annotations) and writes it atomically; the path, or null. */
  saveTextFile(request: { title: string; suggestedName: string; content: string; filter: FileKind }): Promise<string | null>;
  /** Asks for a file to read (a backup, annotations); its name and text, or null when cancelled. */
  openTextFile(request: { title: string; filter: FileKind }): Promise<{ name: string; text: string } | null>;
  /** Binary files (a REFI-QDA .qdpx) cross as base64; main checks the size before writing or reading. */
  saveBinaryFile(request: { title: string; suggestedName: string; base64: string; filter: FileKind }): Promise<string | null>;
  openBinaryFile(request: { title: string; filter: FileKind }): Promise<{ name: string; base64: string } | null>;
  listAutoBackups(): Promise<AutoBackupInfo[]>;

  // Backups travel part by part, so no string the size of the notebook is built on either side.
  /** Starts writing a backup: to a file the user chooses (null when cancelled) or as an automatic backup. */
  backupWriteBegin(request: BackupWriteTarget): Promise<{ id: string } | null>;
  /** Appends whole lines of the backup. */
  backupWriteAppend(request: { id: string; text: string }): Promise<void>;
  /** Flushes and puts the finished backup in place atomically (automatic ones are rotated then). */
  backupWriteCommit(request: { id: string }): Promise<BackupWritten>;
  /** Abandons a backup: its temporary file is removed, nothing else changes. */
  backupWriteAbort(request: { id: string }): Promise<void>;
  /** Opens a backup to read: a file the user chooses (null when cancelled) or an automatic backup. */
  backupReadBegin(request: BackupReadSource): Promise<{ id: string; name: string; bytes: number } | null>;
  /** The next whole lines of the backup; `done` once the file is read (it is closed then). */
  backupReadNext(request: { id: string }): Promise<{ text: string; done: boolean }>;
  /** Stops reading early (a refused backup). */
  backupReadEnd(request: { id: string }): Promise<void>;

  // Settings (issue 18).
  /** Where the notebook keeps its files (automatic backups, logs), as an absolute path. */
  getDataFolder(): Promise<string>;
  /** Shows the data folder in the system's file manager. */
  openDataFolder(): Promise<void>;

  // Sources from the clipboard (issue 15).
  /**
   * Reads the clipboard (plain text, or HTML turned into its readable text, never rendered) as a
   * would-be source: a batch of one source, or of one failure saying why (empty, too large, binary).
   */
  readClipboardSource(): Promise<ImportBatch>;
  // Interface language (issue 14).
  /** The language the window shows, so main's menus and dialogs speak it too. */
  setUiLanguage(language: 'en' | 'fr'): Promise<void>;
  /**
   * Reads and parses a slice of files of the last pick, as readPickedTextFile does one (any other
   * path is refused): thousands of files cost tens of round trips instead of thousands, and progress
   * and cancel still come between slices.
   */
  readPickedTextFiles(request: { paths: string[] }): Promise<ImportBatch>;
  // The draft journal's copy in main (issue 12), read back at start.
  /** Drafts kept in main's data folder by keepDraftSync and not dropped since, every window's. */
  listKeptDrafts(): Promise<Draft[]>;
}

/**
 * The draft journal's copy outside the page (issue 12). Synchronous on purpose, the one exception to
 * the contract's promises: the draft is in a file of main's before the keystroke's handler returns, so
 * a kill of the whole app (no event, IndexedDB and localStorage not yet written) still keeps it; the
 * operating system writes the file out even though the process is gone. False when main refused it.
 */
export interface NotebookDraftJournal {
  /** The whole draft, or (at most keystrokes) its change since the last one main accepted for this note and window. */
  keepDraftSync(request: Draft | DraftChange): boolean;
  dropDraftSync(request: { noteId: string; windowId: string }): boolean;
}
export type DraftJournalMethod = keyof NotebookDraftJournal;

/**
 * A keystroke's change to the draft main holds: what it costs does not grow with the note. Main
 * refuses it when what it holds is not what the change was made on (`length` is the length after);
 * the page then sends the whole draft.
 */
export interface DraftChange {
  readonly noteId: string;
  readonly windowId: string;
  readonly baseRevision: number;
  readonly writtenAt: number;
  readonly splice: Splice;
  readonly length: number;
}

export type BackupWriteTarget = { to: 'file'; title: string; suggestedName: string } | { to: 'auto'; reason: 'scheduled' | 'before-restore' };
export type BackupReadSource = { from: 'file'; title: string } | { from: 'auto'; name: string };

export interface BackupWritten {
  readonly path: string;
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

export type FileKind = 'backup' | 'csv' | 'annotations' | 'qdpx';
/** Which export asks for a folder: all notes, or notes with their companion files (the dialog's title). */
export type ExportFolderKind = 'notes' | 'export';

export interface AutoBackupInfo {
  readonly name: string;
  readonly createdAt: string;
  readonly bytes: number;
}

export type NotebookMethod = keyof NotebookApi;

/** The argument of a method (undefined for those that take none). */
export type MethodArg<K extends NotebookMethod> = Parameters<NotebookApi[K]> extends [infer A, ...unknown[]] ? A : undefined;
export type MethodResult<K extends NotebookMethod> = Awaited<ReturnType<NotebookApi[K]>>;

/** Commands the native menu sends to the renderer (Electron only; the harness has no menu). */
export type MenuCommand = 'import-text-files' | 'export-note' | 'export-all-notes' | 'back-up-notebook' | FlushBeforeClose | TrashMenuCommand;

/** The Trash view, and a new source from what the clipboard holds (issue 15). */
export type TrashMenuCommand = 'show-trash' | 'new-source-from-clipboard';

/** Main asks the page to store unsaved note text before its window closes; the page then closes it. */
export type FlushBeforeClose = 'flush-before-close';

export interface NotebookEvents {
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type NotebookBridge = NotebookApi & NotebookEvents & NotebookDraftJournal;

/** The synchronous draft-journal calls travel on channels of their own (`ipcRenderer.sendSync`). */
export const DRAFT_JOURNAL_CHANNEL_PREFIX = 'notebook-sync:';

/** Channel names are prefixed so no other IPC traffic can reach the handler table. */
export const CHANNEL_PREFIX = 'notebook:';
export const MENU_CHANNEL = 'notebook-menu';

/** What crosses the process boundary: errors travel as text, never as thrown objects. */
export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };
