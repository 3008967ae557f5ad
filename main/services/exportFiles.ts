import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { safeNoteFileName } from '@common/export/safeFileName';
import { WriteFileError, writeFileAtomic } from './atomicWrite';

/** Writes one exported note where the user chose (the save dialog has already asked about replacing). */
export async function writeMarkdownFile(path: string, markdown: string): Promise<void> {
  await writeFileAtomic(path, markdown);
}

/**
 * What a person needs after Export all fails midway: the cause, how far it got, and that the folder
 * now holds an incomplete set (the notes already written stay; none is half-written).
 */
function incompleteExport(dir: string, notes: ReadonlyArray<{ title: string }>, done: number, error: unknown): string {
  // The file that failed was left untouched, but the export as a whole did change the folder.
  const cause = (error instanceof Error ? error.message : String(error)).replace(/ Nothing was changed\.$/, '');
  const missing = notes.length - done;
  return `${cause} Export stopped after ${done} of ${notes.length} notes: the folder ${dir} holds an incomplete set (${missing} ${missing === 1 ? 'note is' : 'notes are'} missing, from “${notes[done]!.title}” on).`;
}

/**
 * Writes each note as `<safe title>.md` in `dir` and returns the paths written, in order. Never writes
 * over a file: names are chosen against what the folder already holds (ignoring case, as Windows and
 * macOS do), and each file is created exclusively, so a file that appears meanwhile gets the next name.
 */
export async function writeNotesFolder(dir: string, notes: ReadonlyArray<{ title: string; markdown: string }>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const taken = new Set(await readdir(dir));
  const written: string[] = [];
  for (const note of notes) {
    for (;;) {
      const path = join(dir, safeNoteFileName(note.title, taken));
      try {
        await writeFileAtomic(path, note.markdown, { exclusive: true });
        written.push(path);
        break;
      } catch (error) {
        if (error instanceof WriteFileError && error.code === 'EEXIST') continue; // taken meanwhile: next name
        throw new Error(incompleteExport(dir, notes, written.length, error), { cause: error });
      }
    }
  }
  return written;
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
      if ((await readFile(path, 'utf8')) !== file.content) throw new Error(`${file.path} already exists in that folder with other text; choose an empty folder.`, { cause: error });
    }
  }
}
