import { stat } from 'node:fs/promises';
import type { DialogService } from '../services/dialogs';
import { readDroppedFile, readSourceFiles, readSourceFolder } from '../services/readSourceFiles';
import { IMPORT_EXTENSIONS } from '@common/source/sourceFormat';
import type { HandlerTable } from './handlerTable';
import { writeFileAtomic } from '../services/atomicWrite';
import { writeCompanionFiles, writeNotesFolder } from '../services/exportFiles';
import { safeNoteFileName } from '@common/export/safeFileName';
import type { FileKind } from '@common/ipc/contract';
import { autoBackups } from '../services/autoBackups';
import { readBinaryFileLimited, readTextFileLimited } from '../services/readTextFile';
import { MAX_BINARY_FILE } from '@common/ipc/schemas';
import { sanitizeSuggestedName } from '../services/suggestedName';
import { backupStreams } from '../services/backupStreams';
import { recordInterruptedWritesIn, removeInterruptedWrites } from '../services/interruptedWrites';
import { clipboardSource, type ClipboardService } from '../services/clipboardSource';
import { mainText, setMainLanguage } from '../services/mainText';
import { keptDrafts } from '../services/keptDrafts';

export interface HandlerDeps {
  /** Folder of the seed corpus (the repo's seeds/ in development, resources in a package). */
  readonly seedsDir: string;
  /** Main's user-data folder. */
  readonly dataDir: string;
  readonly dialogs: DialogService;
  /** The system clipboard (Electron's; the harness reads files a test writes). Absent: no clipboard here. */
  readonly clipboard?: ClipboardService;
  /** Rebuilds main's menus in the window's language (Electron only; the harness has none). */
  readonly onUiLanguage?: (language: 'en' | 'fr') => void;
}

/** The import dialog offers every format at once, and each alone for a person who wants to narrow it. */
// Built at each dialog, in the language the window speaks then.
const sourceFilters = () => [
  { name: mainText('filterSources'), extensions: [...IMPORT_EXTENSIONS] },
  { name: mainText('filterTextAndMarkdown'), extensions: ['txt', 'md', 'markdown'] },
  { name: mainText('filterWebPages'), extensions: ['html', 'htm'] },
  { name: 'PDF', extensions: ['pdf'] },
  { name: 'Word', extensions: ['docx'] },
];
const MARKDOWN_FILTERS = [{ name: 'Markdown', extensions: ['md'] }] as const;
function fileFilters(kind: FileKind): Array<{ name: string; extensions: string[] }> {
  switch (kind) {
    case 'backup':
      return [{ name: mainText('filterBackup'), extensions: ['json'] }];
    case 'csv':
      return [{ name: 'CSV', extensions: ['csv'] }];
    case 'annotations':
      return [{ name: mainText('filterAnnotations'), extensions: ['jsonld', 'json'] }];
    case 'qdpx':
      return [{ name: mainText('filterQdpx'), extensions: ['qdpx'] }];
  }
}

/** The full handler table; Electron and the harness both serve exactly this. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const backups = autoBackups(deps.dataDir);
  const streams = backupStreams(backups);
  // Temporary files of writes cut short by a crash or a closed window are removed at each start.
  recordInterruptedWritesIn(deps.dataDir);
  void removeInterruptedWrites(deps.dataDir);
  let picked = new Set<string>();
  // The folder the user last chose for an export: the only one an export may write into (as only
  // the files of the last import dialog may be read).
  let exportFolder: string | null = null;
  const chosenExportFolder = (folder: string): string => {
    if (folder !== exportFolder) throw new Error(mainText('folderNotChosen'));
    return folder;
  };
  return {
    readSeeds: async () => readSourceFolder(deps.seedsDir),
    openTextFiles: async () => {
      const paths = await deps.dialogs.openFiles({ title: mainText('importSources'), filters: sourceFilters() });
      if (paths.length === 0) return null;
      return readSourceFiles(paths, 'files');
    },
    pickTextFiles: async () => {
      const paths = await deps.dialogs.openFiles({ title: mainText('importSources'), filters: sourceFilters() });
      picked = new Set(paths);
      if (paths.length === 0) return null;
      return Promise.all(paths.map(async (path) => ({ path, byteSize: await stat(path).then((s) => s.size, () => 0) })));
    },
    readPickedTextFile: async ({ path }) => {
      // The renderer names only files the user chose in the dialog: it must not read anything else.
      if (!picked.has(path)) throw new Error(mainText('fileNotChosen'));
      return readSourceFiles([path], 'files');
    },
    readDroppedFile: async ({ dropId, relativePath, base64 }) => readDroppedFile(dropId, relativePath, Buffer.from(base64, 'base64')),
    saveMarkdown: async ({ suggestedName, markdown }) => {
      const path = await deps.dialogs.saveFile({ title: mainText('exportNoteAsMarkdown'), defaultName: safeNoteFileName(suggestedName.replace(/\.md$/i, ''), new Set()), filters: MARKDOWN_FILTERS });
      if (!path) return null;
      await writeFileAtomic(path, markdown);
      return path;
    },
    chooseExportFolder: async ({ kind }) => {
      const dir = await deps.dialogs.chooseFolder({ title: mainText(kind === 'notes' ? 'exportAllNotesToAFolder' : 'exportNotesToAFolder') });
      exportFolder = dir;
      return dir;
    },
    writeExportNotes: async ({ folder, notes, done, total }) => writeNotesFolder(chosenExportFolder(folder), notes, { done, total }),
    writeExportFiles: async ({ folder, files }) => writeCompanionFiles(chosenExportFolder(folder), files),
    saveTextFile: async ({ title, suggestedName, content, filter }) => {
      const filters = fileFilters(filter);
      const path = await deps.dialogs.saveFile({ title, defaultName: sanitizeSuggestedName(suggestedName, filters.flatMap((f) => f.extensions)), filters });
      if (!path) return null;
      await writeFileAtomic(path, content);
      return path;
    },
    openTextFile: async ({ title, filter }) => {
      const [path] = await deps.dialogs.openFiles({ title, filters: fileFilters(filter) });
      if (!path) return null;
      return readTextFileLimited(path);
    },
    saveBinaryFile: async ({ title, suggestedName, base64, filter }) => {
      const filters = fileFilters(filter);
      const path = await deps.dialogs.saveFile({ title, defaultName: sanitizeSuggestedName(suggestedName, filters.flatMap((f) => f.extensions)), filters });
      if (!path) return null;
      await writeFileAtomic(path, Buffer.from(base64, 'base64'));
      return path;
    },
    openBinaryFile: async ({ title, filter }) => {
      const [path] = await deps.dialogs.openFiles({ title, filters: fileFilters(filter) });
      if (!path) return null;
      return readBinaryFileLimited(path, MAX_BINARY_FILE);
    },
    listAutoBackups: async () => backups.list(),
    backupWriteBegin: async (target) => {
      if (target.to === 'auto') return { id: await streams.beginWrite({ reason: target.reason }) };
      const path = await deps.dialogs.saveFile({ title: target.title, defaultName: target.suggestedName, filters: fileFilters('backup') });
      return path ? { id: await streams.beginWrite({ path }) } : null;
    },
    backupWriteAppend: async ({ id, text }) => streams.append(id, text),
    backupWriteCommit: async ({ id }) => streams.commit(id),
    backupWriteAbort: async ({ id }) => streams.abort(id),
    backupReadBegin: async (source) => {
      if (source.from === 'auto') return streams.beginRead(backups.pathOf(source.name));
      const [path] = await deps.dialogs.openFiles({ title: source.title, filters: fileFilters('backup') });
      return path ? streams.beginRead(path) : null;
    },
    backupReadNext: async ({ id }) => streams.next(id),
    backupReadEnd: async ({ id }) => streams.endRead(id),
    // The folder comes from main alone: the renderer can ask to show this one folder, never another.
    getDataFolder: async () => deps.dataDir,
    openDataFolder: async () => deps.dialogs.showFolder(deps.dataDir),
    readClipboardSource: async () => {
      if (!deps.clipboard) throw new Error(mainText('noClipboard'));
      return clipboardSource(await deps.clipboard.read());
    },
    setUiLanguage: async (language) => {
      setMainLanguage(language);
      deps.onUiLanguage?.(language);
    },
    readPickedTextFiles: async ({ paths }) => {
      // As readPickedTextFile: only files the user chose in the dialog, and all of them or none.
      const stranger = paths.find((p) => !picked.has(p));
      if (stranger !== undefined) throw new Error(mainText('aFileNotChosen'));
      return readSourceFiles(paths, 'files');
    },
    listKeptDrafts: async () => keptDrafts(deps.dataDir).list(),
  };
}
