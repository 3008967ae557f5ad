import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { safeNoteFileName } from '@common/export/safeFileName';
import { writeFileAtomic } from './atomicWrite';

/** Writes each note as `<safe title>.md` in `dir`; never over a file already there. Returns the paths written. */
export async function writeNotesFolder(dir: string, notes: ReadonlyArray<{ title: string; markdown: string }>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const taken = new Set((await readdir(dir)).map((name) => name.toLowerCase()));
  const written: string[] = [];
  for (const note of notes) {
    const path = join(dir, safeNoteFileName(note.title, taken));
    await writeFileAtomic(path, note.markdown);
    written.push(path);
  }
  return written;
}
