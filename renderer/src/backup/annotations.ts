import { toAnnotationCollection, type AnnotatablePassage } from '@common/interchange/webAnnotation';
import type { SkippedAnnotation } from '@common/interchange/webAnnotationRead';
import { codePointIndex } from '@common/interchange/codePointIndex';
import { orphanKey, spanKey, type AnnotationImportContext } from '@common/interchange/annotationImportPlan';
import { AnnotationImportCancelled, startAnnotationImportRun } from './annotationImportRun';
import { passagesCsvTable } from '@common/interchange/passagesCsv';
import type { NotebookDb } from '../db/database';
import type { PassageRow, SourceRow } from '../db/schema';

export { AnnotationImportCancelled };

type ExportedPassage = AnnotatablePassage & { source: SourceRow };

/** All passages (or those with one tag) with what leaves the app: file name, version hash, code points. */
async function exportablePassages(db: NotebookDb, tag?: string): Promise<ExportedPassage[]> {
  const passages = tag ? await db.passages.where('tags').equals(tag).toArray() : await db.passages.toArray();
  const sources = new Map((await db.sources.toArray()).map((s) => [s.id, s]));
  const indexes = new Map((await db.versions.bulkGet([...new Set(passages.map((p) => p.versionHash))])).filter((v) => v !== undefined).map((v) => [v.hash, codePointIndex(v.text)]));
  return passages.flatMap((p) => {
    const source = sources.get(p.sourceId);
    const index = indexes.get(p.versionHash);
    if (!source || index === undefined || p.status === 'orphaned') return [];
    return [{ id: p.id, fileName: source.fileName, source, versionHash: p.versionHash, exact: p.selector.exact, prefix: p.selector.prefix, suffix: p.selector.suffix, cpStart: index.toCodePoint(p.selector.start), cpEnd: index.toCodePoint(p.selector.end), tags: p.tags, memo: p.memo, created: p.createdAt, modified: p.updatedAt }];
  });
}

export async function annotationsJson(db: NotebookDb): Promise<string> {
  const collection = `urn:uuid:${crypto.randomUUID()}`;
  return JSON.stringify(toAnnotationCollection(await exportablePassages(db), new Date().toISOString(), { collection, page: `urn:uuid:${crypto.randomUUID()}` }), null, 2);
}

export async function passagesCsv(db: NotebookDb, tag?: string): Promise<string> {
  return passagesCsvTable(
    (await exportablePassages(db, tag)).map((p) => ({ ...p, sourceTitle: p.source.title, sourceDate: p.source.date?.iso ?? '', outlet: p.source.meta?.outlet ?? '' })),
    tag,
  );
}

export interface AnnotationImportReport {
  imported: number;
  duplicates: number;
  orphaned: number;
  /** Items of the file that gave no passage, each with why. */
  skipped: SkippedAnnotation[];
}

/** Where an import stands: reading the file, anchoring its annotations, writing the passages. */
export type ImportPhase = 'reading' | 'anchoring' | 'writing';
export type ImportProgress = (done: number, total: number, phase: ImportPhase) => void;

/**
 * Passages per bulkAdd inside the one write transaction: progress (and cancel) between them, and a
 * frame painted between two (in Chromium 2,000 passages took one task of 700 ms on a loaded machine).
 */
const WRITE_CHUNK = 400;

/** A performance measure per step, which the benchmark reads to tell where an import's time goes. */
function step<T>(name: string, work: Promise<T>): Promise<T> {
  const from = performance.now();
  return work.then((value) => {
    performance.measure(`annotation import: ${name}`, { start: from, end: performance.now() });
    return value;
  });
}

/** What the notebook holds that the file names: read through indexes, never a table scan. */
async function importContext(db: NotebookDb, fileNames: string[], versionHashes: string[]): Promise<AnnotationImportContext> {
  const named = (await db.versions.bulkGet(versionHashes)).filter((v) => v !== undefined);
  const versionSource = new Map(named.map((v) => [v.hash, v.sourceId]));
  const byId = (await db.sources.bulkGet([...new Set(versionSource.values())])).filter((s) => s !== undefined);
  const byName = fileNames.length ? await db.sources.where('fileName').anyOf(fileNames).toArray() : [];
  // Sorted by id, as the table is: of two sources with one file name, the same one is chosen as before.
  const sources = [...new Map([...byId, ...byName].map((s) => [s.id, s])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const texts = new Map(named.map((v) => [v.hash, v.text]));
  const missing = [...new Set(sources.map((s) => s.hash))].filter((h) => !texts.has(h));
  for (const v of await db.versions.bulkGet(missing)) if (v) texts.set(v.hash, v.text);
  const ids = sources.map((s) => s.id);
  const existing = ids.length ? await db.passages.where('sourceId').anyOf(ids).toArray() : [];
  const orphans = await db.passages.where('status').equals('orphaned').toArray();
  return {
    sources: sources.map((s) => ({ id: s.id, fileName: s.fileName, hash: s.hash })),
    versionSource,
    texts,
    spanKeys: new Set(existing.map((p) => spanKey(p.sourceId, p.versionHash, p.selector.start, p.selector.end))),
    orphanKeys: new Set(orphans.map((p) => orphanKey(p.sourceId, p.previousExact ?? p.selector.exact))),
  };
}

/**
 * Imports W3C annotations: each text target is anchored with anchorPassage in its source's current
 * text; one that does not anchor is kept as an orphan in the review queue, never dropped; a passage
 * already there (same source, same span; or the same orphaned quote) is not doubled. Parsing and
 * anchoring run in a worker; the passages are written in one transaction, so a cancelled or failed
 * import leaves the notebook as it was. Throws AnnotationImportCancelled when `signal` aborts.
 */
export async function importAnnotations(db: NotebookDb, text: string, onProgress?: ImportProgress, signal?: AbortSignal): Promise<AnnotationImportReport> {
  const run = startAnnotationImportRun(signal);
  try {
    onProgress?.(0, 0, 'reading');
    const named = await step('parse', run.parse(text));
    const context = await step('read notebook', importContext(db, named.fileNames, named.versionHashes));
    const { rows, counts } = await step('anchor', run.plan(context, new Date().toISOString(), (done, total) => onProgress?.(done, total, 'anchoring')));
    const knownTags = new Set((await db.tags.toCollection().primaryKeys()) as string[]);
    const newTags = [...new Set(rows.flatMap((r) => r.tags))].filter((t) => !knownTags.has(t));
    await step('write', db.transaction('rw', db.passages, db.tags, async () => {
      if (newTags.length) await db.tags.bulkAdd(newTags.map((name) => ({ name, color: '#e5ccff' })));
      for (let from = 0; from < rows.length; from += WRITE_CHUNK) {
        if (signal?.aborted) throw new AnnotationImportCancelled();
        await db.passages.bulkAdd(rows.slice(from, from + WRITE_CHUNK) satisfies PassageRow[]);
        onProgress?.(Math.min(rows.length, from + WRITE_CHUNK), rows.length, 'writing');
      }
    }));
    return counts;
  } finally {
    run.dispose();
  }
}
