import { IMPORT_EXTENSIONS } from '@common/source/sourceFormat';

/** A file dropped on the window, with its place in what was dropped (`folder/sub/name.pdf`, or its name). */
export interface DroppedFile {
  readonly file: File;
  readonly relativePath: string;
}

/** The little of the File and Directory Entries API we use, so a test can hand in a tree of its own. */
export interface DropEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: unknown) => void): void };
}

/** A folder of a whole disk is not a corpus: past this many files the walk stops and says so. */
export const MAX_DROPPED_FILES = 5_000;
/** Folders nested deeper than this are not walked (a link loop cannot keep us walking). */
const MAX_DEPTH = 32;

const IMPORTABLE = new Set(IMPORT_EXTENSIONS);

function importable(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && IMPORTABLE.has(name.slice(dot + 1).toLowerCase());
}

function fileOf(entry: DropEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file!(resolve, reject));
}

/** Every entry of a folder: readEntries answers in batches (100 in Chromium) until an empty one. */
async function readAll(entry: DropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader!();
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

export interface CollectedDrop {
  readonly files: DroppedFile[];
  /** Files inside dropped folders left out: hidden, not a format we import, or past the limit. */
  readonly skipped: number;
}

/**
 * The files of a drop: files dropped one by one are all taken (an unknown one is then refused with
 * its reason); inside a dropped folder only the formats we import are taken, hidden files skipped,
 * in path order.
 */
export async function collectFromEntries(entries: readonly DropEntry[], loose: readonly File[] = []): Promise<CollectedDrop> {
  const files: DroppedFile[] = loose.map((file) => ({ file, relativePath: file.name }));
  let skipped = 0;
  const walk = async (entry: DropEntry, depth: number, topLevel: boolean): Promise<void> => {
    if (!topLevel && entry.name.startsWith('.')) {
      skipped++;
      return;
    }
    if (entry.isFile && entry.file) {
      if (!topLevel && !importable(entry.name)) skipped++;
      else if (files.length >= MAX_DROPPED_FILES) skipped++;
      else files.push({ file: await fileOf(entry), relativePath: entry.fullPath.replace(/^\/+/, '') || entry.name });
      return;
    }
    if (entry.isDirectory && entry.createReader && depth < MAX_DEPTH) {
      const children = (await readAll(entry)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const child of children) await walk(child, depth + 1, false);
    }
  };
  for (const entry of entries) await walk(entry, 0, true);
  return { files, skipped };
}

/**
 * Reads what a drop event carries. Entries must be taken during the event itself (the list empties
 * when the handler returns), so this is called synchronously from the handler and walks afterwards.
 */
export function collectDroppedFiles(data: DataTransfer): Promise<CollectedDrop> {
  const entries: DropEntry[] = [];
  const loose: File[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() as DropEntry | null | undefined;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...Array.from(data.files));
  return collectFromEntries(entries, loose);
}
