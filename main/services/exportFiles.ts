import { mkdir, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { safeNoteFileName } from '@common/export/safeFileName';
import { WriteFileError, writeFileAtomic } from './atomicWrite';

/** Writes one exported note where the user chose (the save dialog has already asked about replacing). */
export async function writeMarkdownFile(path: string, markdown: string): Promise<void> {
  await writeFileAtomic(path, markdown);
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
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`${message} Export stopped after ${written.length} of ${notes.length} notes.`, { cause: error });
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
