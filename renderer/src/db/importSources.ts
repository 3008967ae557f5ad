import { readSlices } from '@common/source/readSlices';
import type { ImportBatch, ImportFailure, ParsedSource } from '@common/source/types';
import type { TextEncodingName } from '@common/text/decode';
import type { SourceFormat } from '@common/source/sourceFormat';
import type { NotebookDb } from './database';
import type { SourceRow } from './schema';
import { reanchorSourcePassages, type ReanchorCounts } from './reanchorPassages';
import { decideSource, type SourceCandidate, type SourceChoice } from './sourceIdentity';
import { unrelatedFiles } from '@common/source/unrelatedFiles';
import { storedKeysOf } from './storedKeys';

export type { SourceChoice } from './sourceIdentity';

/** What became of one file, with what the report says about it. */
export interface ImportedFile {
  readonly fileName: string;
  readonly path: string;
  readonly title: string;
  readonly outcome: 'imported' | 'updated' | 'restored' | 'unchanged' | 'kept' | 'duplicate';
  readonly encoding: TextEncodingName;
  readonly replacedBytes: number;
  /** What the file was read as (absent: text). */
  readonly format?: SourceFormat;
  /** The source it became a version of, or duplicates (title and file name). */
  readonly sourceTitle?: string;
  /** For a new source: other sources already holding this file name (their title and path). */
  readonly sameName?: ReadonlyArray<{ title: string; path: string | undefined }>;
}

export interface ImportReport {
  readonly origin: ImportBatch['origin'];
  readonly imported: readonly string[];
  /** Sources that got a new version (also an earlier version brought back). */
  readonly updated: readonly string[];
  readonly unchanged: readonly string[];
  /** Seeds whose source holds a version the user made: the seed did not replace it. */
  readonly kept: readonly string[];
  /** Same text as a source already stored under another file name: not stored twice. */
  readonly duplicates: ReadonlyArray<{ fileName: string; sameAs: string }>;
  readonly failures: readonly ImportFailure[];
  /** Every file read, in order, with its outcome and encoding. */
  readonly files: readonly ImportedFile[];
  /** Ids of sources that got a new version; their passages were re-anchored. */
  readonly updatedSourceIds: readonly string[];
  /** What re-anchoring did to the passages of updated sources. */
  readonly reanchored: ReanchorCounts;
}

/** A file whose name is taken, in another folder, by a similar text: the user says what it is. */
export interface ImportQuestion {
  readonly fileName: string;
  readonly path: string;
  readonly title: string;
  readonly candidates: readonly SourceCandidate[];
}

export interface ImportOptions {
  readonly now?: () => string;
  /** Answers to the questions of `findImportQuestions`, by file path. Unanswered: a new source. */
  readonly choices?: ReadonlyMap<string, SourceChoice>;
}

/** The files of a batch that need the user's word before import (reads only). */
export async function findImportQuestions(db: NotebookDb, batch: ImportBatch): Promise<ImportQuestion[]> {
  const questions: ImportQuestion[] = [];
  await db.transaction('r', db.sources, db.versions, async () => {
    const unrelated = new Set(unrelatedFiles(batch.sources, await storedKeysOf(db, batch.sources)));
    for (const [i, parsed] of batch.sources.entries()) {
      // A file that matches nothing is a new source without a question.
      if (unrelated.has(i)) continue;
      const decision = await decideSource(db, parsed, batch.origin);
      if (decision.kind === 'ask') questions.push({ fileName: parsed.fileName, path: parsed.path, title: parsed.title, candidates: decision.candidates });
    }
  });
  return questions;
}

function versionRow(parsed: ParsedSource, sourceId: string, origin: ImportBatch['origin'], at: string) {
  return {
    hash: parsed.hash,
    sourceId,
    text: parsed.text,
    importedAt: at,
    byteSize: parsed.byteSize,
    encoding: parsed.encoding,
    replacedBytes: parsed.replacedBytes,
    origin,
    path: parsed.path,
    ...(parsed.format ? { format: parsed.format } : {}),
    ...(parsed.pageStarts ? { pageStarts: [...parsed.pageStarts] } : {}),
  };
}

/**
 * One write's rows: at most this much text and this many rows. Cloning a slice into IndexedDB is one
 * task of the window: 250 rows of 4 KB (1 MB) took about 450 ms on a loaded machine (bench/profileImport.ts),
 * so a 5 MB import froze the window for that long at each slice. A fifth of that stays under 100 ms.
 */
const WRITE_SLICE_BYTES = 150_000;
const WRITE_SLICE_ROWS = 50;

/**
 * Adds the new versions and sources slice by slice, inside the caller's transaction: between two
 * slices the page can paint and take input, and the whole batch still commits or aborts as one.
 */
async function bulkAddInSlices(db: NotebookDb, versions: readonly ReturnType<typeof versionRow>[], sources: readonly SourceRow[]): Promise<void> {
  const rows = versions.map((version, i) => ({ version, source: sources[i]!, byteSize: version.text.length * 2 }));
  for (const slice of readSlices(rows, WRITE_SLICE_BYTES, WRITE_SLICE_ROWS)) {
    await db.versions.bulkAdd(slice.map((r) => r.version));
    await db.sources.bulkAdd(slice.map((r) => r.source));
  }
}

/**
 * Writes a parsed batch in one transaction. A file is the same source only when it is the same
 * file again (same path) or the same text (same hash); see `decideSource`. Running the same batch
 * twice changes nothing, so importing the seeds at every start is safe, and a seed never replaces
 * a version the user made.
 */
export async function importBatch(db: NotebookDb, batch: ImportBatch, options: ImportOptions = {}): Promise<ImportReport> {
  const now = options.now ?? (() => new Date().toISOString());
  const imported: string[] = [];
  const updated: string[] = [];
  const unchanged: string[] = [];
  const kept: string[] = [];
  const duplicates: Array<{ fileName: string; sameAs: string }> = [];
  const files: ImportedFile[] = [];
  const updatedSourceIds: string[] = [];
  const reanchored: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };

  await db.transaction('rw', db.sources, db.versions, db.passages, async () => {
    // Files that match nothing stored and nothing else in the batch are new sources: no lookups,
    // written in bulk after the loop (their writes cannot change any other file's decision).
    const unrelated = new Set(unrelatedFiles(batch.sources, await storedKeysOf(db, batch.sources)));
    const newVersions: ReturnType<typeof versionRow>[] = [];
    const newSources: SourceRow[] = [];
    for (const [i, parsed] of batch.sources.entries()) {
      const decision = unrelated.has(i) ? ({ kind: 'new', sameName: [] } as const) : await decideSource(db, parsed, batch.origin, options.choices?.get(parsed.path));
      const file = { fileName: parsed.fileName, path: parsed.path, title: parsed.title, encoding: parsed.encoding, replacedBytes: parsed.replacedBytes, ...(parsed.format ? { format: parsed.format } : {}) };
      const at = now();

      if (decision.kind === 'new' || decision.kind === 'ask') {
        const source: SourceRow = {
          id: crypto.randomUUID(),
          fileName: parsed.fileName,
          path: parsed.path,
          title: parsed.title,
          language: parsed.language,
          date: parsed.date,
          byteSize: parsed.byteSize,
          hash: parsed.hash,
          importedAt: at,
          updatedAt: at,
          // What the file says about itself (a web page's site and authors): a start the user can edit.
          ...(parsed.meta ? { meta: parsed.meta } : {}),
        };
        if (unrelated.has(i)) {
          newVersions.push(versionRow(parsed, source.id, batch.origin, at));
          newSources.push(source);
        } else {
          // A later file of the batch may be this one again: it must find it stored.
          await db.versions.add(versionRow(parsed, source.id, batch.origin, at));
          await db.sources.add(source);
        }
        imported.push(parsed.fileName);
        const sameName = decision.sameName.map((s) => ({ title: s.title, path: s.path }));
        files.push({ ...file, outcome: 'imported', ...(sameName.length > 0 ? { sameName } : {}) });
        continue;
      }

      const source = decision.source;
      const sourceTitle = source.title;
      if (decision.kind === 'unchanged' || decision.kind === 'kept') {
        // A source stored before paths were kept learns its path the first time its file is seen again.
        if (source.path === undefined && source.fileName === parsed.fileName && source.hash === parsed.hash) await db.sources.update(source.id, { path: parsed.path });
        (decision.kind === 'kept' ? kept : unchanged).push(parsed.fileName);
        files.push({ ...file, outcome: decision.kind, sourceTitle });
        continue;
      }
      if (decision.kind === 'duplicate') {
        duplicates.push({ fileName: parsed.fileName, sameAs: source.fileName });
        files.push({ ...file, outcome: 'duplicate', sourceTitle });
        continue;
      }

      // update or restore: the source's current text becomes this one; every version is kept.
      if (decision.kind === 'update') await db.versions.add(versionRow(parsed, source.id, batch.origin, at));
      // A user-edited title or date is kept; only what the text itself decides follows it.
      await db.sources.update(source.id, { hash: parsed.hash, byteSize: parsed.byteSize, language: parsed.language, path: parsed.path, updatedAt: at });
      updated.push(parsed.fileName);
      updatedSourceIds.push(source.id);
      files.push({ ...file, outcome: decision.kind === 'update' ? 'updated' : 'restored', sourceTitle });
      const counts = await reanchorSourcePassages(db, source.id, parsed.hash, parsed.text, at);
      for (const key of Object.keys(counts) as Array<keyof ReanchorCounts>) reanchored[key] += counts[key];
    }
    await bulkAddInSlices(db, newVersions, newSources);
  });

  return { origin: batch.origin, imported, updated, unchanged, kept, duplicates, failures: batch.failures, files, updatedSourceIds, reanchored };
}
