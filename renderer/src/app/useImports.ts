import { warmSearchIndex } from '../search/searchClient';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatch, ImportFailure } from '@common/source/types';
import { MAX_PICKED_SLICE, readSlices } from '@common/source/readSlices';
import { db } from '../db/database';
import { findImportQuestions, importBatch, type ImportQuestion, type ImportReport, type SourceChoice } from '../db/importSources';
import { notebook } from '../platform/notebookApi';
import { withoutDeletedSeeds } from '../trash/deletedSeeds';
import { formatOfFileName, refuseSize } from '@common/source/sourceFormat';
import { displayFileName } from '@common/source/displayFileName';
import { translateMessage } from '@common/i18n/message';
import { i18n } from '../i18n/i18n';
import type { CollectedDrop } from './collectDroppedFiles';
import { readFileBase64 } from './readFileBase64';
import { importProgressStore } from './importProgressStore';

export type ImportState =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'error'; readonly origin: ImportBatch['origin']; readonly message: string }
  | { readonly kind: 'cancelled'; readonly files: number };

/** Where a long import stands: file n of N read, and bytes, so a person can judge whether to wait. */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

/** Below this many files the import is over before a progress line could be read. */
export const PROGRESS_FROM_FILES = 6;

/** Raised inside the read loop when the user cancels; caught below and reported as nothing imported. */
class ImportCancelled extends Error {}

/** One file to read: its size (for progress) and how to have main parse it. */
interface ReadJob {
  readonly byteSize: number;
  readonly read: () => Promise<ImportBatch>;
}

/**
 * Has main read the files one by one, reporting progress and stopping between files when
 * cancelled. Nothing is written here: the batch goes to one transaction afterwards, so a cancel
 * before it leaves the notebook untouched.
 */
async function readOneByOne(jobs: readonly ReadJob[], onProgress: (p: ImportProgress | null) => void, cancelled: () => boolean, before: ImportBatch['failures'] = []): Promise<ImportBatch> {
  const bytesTotal = jobs.reduce((sum, f) => sum + f.byteSize, 0);
  const sources: ImportBatch['sources'][number][] = [];
  const failures: ImportBatch['failures'][number][] = [...before];
  let bytesDone = 0;
  for (const [i, job] of jobs.entries()) {
    onProgress({ done: i, total: jobs.length, bytesDone, bytesTotal });
    if (cancelled()) throw new ImportCancelled(String(jobs.length));
    const one = await job.read();
    sources.push(...one.sources);
    failures.push(...one.failures);
    bytesDone += job.byteSize;
  }
  if (cancelled()) throw new ImportCancelled(String(jobs.length));
  // From here the import writes: Cancel goes away rather than be ignored.
  onProgress(null);
  return { origin: 'files', sources, failures };
}

/** A slice read in one call: about a megabyte, or this many files (ordinary articles are a few kB). */
const SLICE_BYTES = 1_000_000;
const SLICE_FILES = 200;

/**
 * Reads the picked files in main a slice at a time, reporting progress and stopping between slices
 * when cancelled. Nothing is written here: the batch goes to one transaction afterwards, so a cancel
 * before it leaves the notebook untouched.
 */
async function readPickedFiles(onProgress: (p: ImportProgress | null) => void, cancelled: () => boolean): Promise<ImportBatch | null> {
  const files = await notebook.pickTextFiles();
  if (!files) return null;
  const bytesTotal = files.reduce((sum, f) => sum + f.byteSize, 0);
  const sources: ImportBatch['sources'][number][] = [];
  const failures: ImportBatch['failures'][number][] = [];
  let bytesDone = 0;
  let done = 0;
  const slices = readSlices(files, SLICE_BYTES, Math.min(SLICE_FILES, MAX_PICKED_SLICE));
  const readSlice = (i: number) => (i < slices.length ? notebook.readPickedTextFiles({ paths: slices[i]!.map((f) => f.path) }) : null);
  // One slice is always asked for ahead, so main reads the next while this page takes in the last.
  let next = readSlice(0);
  for (const [i, slice] of slices.entries()) {
    onProgress({ done, total: files.length, bytesDone, bytesTotal });
    if (cancelled()) throw new ImportCancelled(String(files.length));
    const reading = next!;
    next = readSlice(i + 1);
    // A slice read ahead and then dropped by a cancel must not surface as an unhandled rejection.
    next?.catch(() => undefined);
    const read = await reading;
    sources.push(...read.sources);
    failures.push(...read.failures);
    done += slice.length;
    bytesDone += slice.reduce((sum, f) => sum + f.byteSize, 0);
  }
  if (cancelled()) throw new ImportCancelled(String(files.length));
  // From here the import writes: Cancel goes away rather than be ignored.
  onProgress(null);
  return { origin: 'files', sources, failures };
}

/**
 * Files dropped on the window: the page reads each one's bytes and main parses them. A file over its
 * format's limit is refused from its size, never read.
 */
async function readDroppedFiles(drop: CollectedDrop, onProgress: (p: ImportProgress | null) => void, cancelled: () => boolean): Promise<ImportBatch | null> {
  if (drop.files.length === 0) return null;
  const dropId = new Date().toISOString();
  const tooLarge: ImportFailure[] = [];
  const jobs: ReadJob[] = [];
  for (const { file, relativePath } of drop.files) {
    const refused = refuseSize(formatOfFileName(file.name), file.size);
    if (refused) tooLarge.push({ fileName: displayFileName(file.name), reason: translateMessage((key, values) => i18n.t(key, values ?? {}), refused) });
    else jobs.push({ byteSize: file.size, read: async () => notebook.readDroppedFile({ dropId, relativePath, base64: await readFileBase64(file) }) });
  }
  return readOneByOne(jobs, onProgress, cancelled, tooLarge);
}

/** A question on screen: which file, and the answer that lets the import go on. */
export interface PendingQuestion {
  readonly question: ImportQuestion;
  readonly answer: (choice: SourceChoice) => void;
}

type Ask = (question: ImportQuestion) => Promise<SourceChoice>;

// The seeds are imported once per page load, even when React runs effects twice.
let seedImport: Promise<ImportState> | null = null;

/**
 * Reads, asks what is unclear (before writing anything: the answers cannot wait inside a Dexie
 * transaction), then writes the whole batch in one transaction.
 */
async function runImport(origin: ImportBatch['origin'], read: () => Promise<ImportBatch | null>, ask?: Ask): Promise<ImportState | null> {
  try {
    // Performance marks (seen in DevTools and read by bench/): reading in main, then writing here.
    const readFrom = performance.now();
    const batch = await read();
    if (!batch) return null;
    performance.measure(`import ${origin}: read`, { start: readFrom });
    const choices = new Map<string, SourceChoice>();
    if (ask) for (const question of await findImportQuestions(db, batch)) choices.set(question.path, await ask(question));
    const writeFrom = performance.now();
    const report = await importBatch(db, batch, { choices });
    performance.measure(`import ${origin}: write`, { start: writeFrom });
    return { kind: 'report', report };
  } catch (error) {
    if (error instanceof ImportCancelled) return { kind: 'cancelled', files: Number(error.message) };
    return { kind: 'error', origin, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Seed import at start-up, "Import sources…" and dropped files, with the reports that stay on screen and the questions asked on the way. */
export function useImports(): {
  reports: readonly ImportState[];
  importTextFiles: () => Promise<void>;
  importDroppedFiles: (drop: CollectedDrop) => Promise<void>;
  busy: boolean;
  question: PendingQuestion | null;
  cancelImport: () => void;
} {
  const [reports, setReports] = useState<readonly ImportState[]>([]);
  const cancelRequested = useRef(false);
  const cancelImport = useCallback(() => {
    cancelRequested.current = true;
  }, []);
  const [busy, setBusy] = useState(true);
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    seedImport ??= runImport('seeds', () => notebook.readSeeds().then(withoutDeletedSeeds)).then((s) => s!);
    let live = true;
    void seedImport.then((state) => {
      if (!live) return;
      setReports((r) => [state, ...r]);
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, []);

  const ask = useCallback<Ask>(
    (q) =>
      new Promise((resolve) => {
        setQuestion({
          question: q,
          answer: (choice) => {
            setQuestion(null);
            resolve(choice);
          },
        });
      }),
    [],
  );

  const importWith = useCallback(
    async (read: (onProgress: (p: ImportProgress | null) => void, cancelled: () => boolean) => Promise<ImportBatch | null>) => {
      setBusy(true);
      cancelRequested.current = false;
      const onProgress = (p: ImportProgress | null) => {
        if (mounted.current && (p === null || p.total >= PROGRESS_FROM_FILES)) importProgressStore.set(p);
      };
      const state = await runImport('files', () => read(onProgress, () => cancelRequested.current), ask);
      importProgressStore.set(null);
      // The index takes in what was imported now, in its worker, rather than at the next search.
      if (state?.kind === 'report') warmSearchIndex();
      if (!mounted.current) return;
      if (state) setReports((r) => [state, ...r].slice(0, 4));
      setBusy(false);
    },
    [ask],
  );

  const importTextFiles = useCallback(() => importWith(readPickedFiles), [importWith]);
  const importDroppedFiles = useCallback((drop: CollectedDrop) => importWith((onProgress, cancelled) => readDroppedFiles(drop, onProgress, cancelled)), [importWith]);

  useEffect(() => notebook.onMenuCommand((command) => {
    if (command === 'import-text-files') void importTextFiles();
  }), [importTextFiles]);

  return { reports, importTextFiles, importDroppedFiles, busy, question, cancelImport };
}
