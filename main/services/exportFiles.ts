import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { safeNoteFileName } from '@common/export/safeFileName';
import { WriteFileError, writeFileAtomic } from './atomicWrite';
import { mainText } from './mainText';

/** Writes one exported note where the user chose (the save dialog has already asked about replacing). */
export async function writeMarkdownFile(path: string, markdown: string): Promise<void> {
  await writeFileAtomic(path, markdown);
}

/**
 * What a person needs after Export all fails midway: the cause, how far it got, and that the folder
 * now holds an incomplete set (the notes already written stay; none is half-written).
 */
function incompleteExport(dir: string, notes: ReadonlyArray<{ title: string }>, written: ReadonlyArray<string | undefined>, error: unknown, slice: ExportSlice): string {
  // The file that failed was left untouched, but the export as a whole did change the folder.
  const cause = error instanceof WriteFileError ? error.what : error instanceof Error ? error.message : String(error);
  const done = slice.done + written.filter((p) => p !== undefined).length;
  const missing = slice.total - done;
  const firstMissing = notes[written.findIndex((p) => p === undefined)]?.title ?? '';
  return mainText('exportStopped', { cause, done, total: slice.total, folder: dir, count: missing, first: firstMissing });
}

/** Where a slice of notes stands in the whole export: notes written before it, and in all. */
export interface ExportSlice {
  readonly done: number;
  readonly total: number;
}

/**
 * How many notes are written at once. Each write ends with an fsync; the disk commits concurrent ones
 * together, where one after the other each waits for its own (1,000 small notes written by Node on an
 * idle machine: 2.1–2.2 s one at a time, 0.8–1.0 s sixteen at a time). The page sends 50 notes per
 * call (NOTES_PER_SLICE), so a call's notes all go at once: in calls of 50, 1,000 notes took 1.0–1.7 s
 * sixteen at a time and 0.7 s fifty at a time (Node, the same machine, one run after the other).
 */
export const WRITES_AT_ONCE = 50;

interface WriteFailure {
  readonly index: number;
  readonly error: unknown;
}

/**
 * Writes each note as `<safe title>.md` in `dir` and returns the paths written, in order. Never writes
 * over a file: names are chosen against what the folder already holds (ignoring case, as Windows and
 * macOS do), in the notes' order, and each file is created exclusively, so a file that appears
 * meanwhile gets the next name. After a failure no further write starts; the error says what is missing.
 */
export async function writeNotesFolder(dir: string, notes: ReadonlyArray<{ title: string; markdown: string }>, slice: ExportSlice = { done: 0, total: notes.length }, writesAtOnce = WRITES_AT_ONCE): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const taken = new Set(await readdir(dir));
  const written: Array<string | undefined> = new Array<string | undefined>(notes.length).fill(undefined);
  let next = 0;
  // The earliest note (in order) whose write failed; a holder, so the writers' closures update it.
  const stop: { failure: WriteFailure | null } = { failure: null };
  const writeOne = async (index: number): Promise<void> => {
    const note = notes[index]!;
    for (;;) {
      // Chosen synchronously as the write starts, so names follow the notes' order.
      const path = join(dir, safeNoteFileName(note.title, taken));
      try {
        await writeFileAtomic(path, note.markdown, { exclusive: true });
        written[index] = path;
        return;
      } catch (error) {
        if (error instanceof WriteFileError && error.code === 'EEXIST') continue; // taken meanwhile: next name
        throw error;
      }
    }
  };
  const writer = async (): Promise<void> => {
    while (stop.failure === null && next < notes.length) {
      const index = next++;
      try {
        await writeOne(index);
      } catch (error) {
        // Another writer may have failed while this one awaited (the loop's check no longer holds).
        const earlier = stop.failure as WriteFailure | null;
        if (earlier === null || index < earlier.index) stop.failure = { index, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(writesAtOnce, notes.length) }, writer));
  const failed = stop.failure;
  if (failed) throw new Error(incompleteExport(dir, notes, written, failed.error, slice), { cause: failed.error });
  return written as string[];
}

/**
 * Writes an export's companion files (bibliography, sources/) under `dir`. A source file already
 * there with the same text is left as is; one with other text is never overwritten (the folder may be
 * someone's corpus): the export stops and says so.
 */
export async function writeCompanionFiles(dir: string, files: ReadonlyArray<{ path: string; content: string }>): Promise<void> {
  for (const file of files) {
    const path = join(dir, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    try {
      await writeFileAtomic(path, file.content, { exclusive: file.path.startsWith('sources/') });
    } catch (error) {
      if (!(error instanceof WriteFileError && error.code === 'EEXIST')) throw error;
      if ((await readFile(path, 'utf8')) !== file.content) throw new Error(mainText('exportFileTaken', { path: file.path }), { cause: error });
    }
  }
}
