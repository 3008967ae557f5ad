import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
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
