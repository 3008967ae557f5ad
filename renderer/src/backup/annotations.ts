import { anchorPassage, describePassage } from '@common/anchor';
import { toAnnotationCollection, type AnnotatablePassage } from '@common/interchange/webAnnotation';
import { parseAnnotations, type ImportedAnnotation, type SkippedAnnotation } from '@common/interchange/webAnnotationRead';
import { codePointIndex, type CodePointIndex } from '@common/interchange/codePointIndex';
import { passagesCsvTable } from '@common/interchange/passagesCsv';
import type { NotebookDb } from '../db/database';
import type { PassageRow, SourceRow } from '../db/schema';

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

/** Called after each chunk is written: how many of the file's text targets are done. */
export type ImportProgress = (done: number, total: number) => void;

const CHUNK = 500;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface LoadedVersion {
  readonly text: string;
  readonly index: CodePointIndex;
}

/**
 * Imports W3C annotations: each text target is anchored with anchorPassage in its source's current
 * text; one that does not anchor is kept as an orphan in the review queue, never dropped; a passage
 * already there (same source, same span; or the same orphaned quote) is not doubled. Written in
 * chunks, each its own transaction, yielding to the window between them.
 */
export async function importAnnotations(db: NotebookDb, text: string, onProgress?: ImportProgress): Promise<AnnotationImportReport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON, so not a W3C annotation file.');
  }
  const parsed = parseAnnotations(json);
  if (!parsed.ok) throw new Error(parsed.error);
  const report: AnnotationImportReport = { imported: 0, duplicates: 0, orphaned: 0, skipped: [...parsed.skipped] };

  const sources = await db.sources.toArray();
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const sourceByName = new Map(sources.map((s) => [s.fileName, s]));
  const versionSource = new Map<string, string | null>();
  const versions = new Map<string, LoadedVersion | null>();
  const loadVersion = async (hash: string): Promise<LoadedVersion | null> => {
    if (!versions.has(hash)) {
      const v = await db.versions.get(hash);
      versions.set(hash, v ? { text: v.text, index: codePointIndex(v.text) } : null);
      versionSource.set(hash, v?.sourceId ?? null);
    }
    return versions.get(hash)!;
  };
  // Dedup keys, built once and kept current: a lookup per annotation, not a scan.
  const spanKeys = new Map<string, Set<string>>();
  const spansOf = async (sourceId: string) => {
    let keys = spanKeys.get(sourceId);
    if (!keys) {
      keys = new Set((await db.passages.where('sourceId').equals(sourceId).toArray()).map((p) => `${p.versionHash}\u0000${p.selector.start}\u0000${p.selector.end}`));
      spanKeys.set(sourceId, keys);
    }
    return keys;
  };
  const orphanKeys = new Set((await db.passages.where('status').equals('orphaned').toArray()).map((p) => `${p.sourceId}\u0000${p.previousExact ?? p.selector.exact}`));
  const knownTags = new Set((await db.tags.toCollection().primaryKeys()) as string[]);

  const total = parsed.annotations.length;
  for (let from = 0; from < total; from += CHUNK) {
    const rows: PassageRow[] = [];
    const newTags = new Set<string>();
    for (const a of parsed.annotations.slice(from, from + CHUNK)) {
      const row = await rowFor(a);
      if (!row) continue;
      for (const t of row.tags) if (!knownTags.has(t)) newTags.add(t);
      rows.push(row);
    }
    await db.transaction('rw', db.passages, db.tags, async () => {
      if (newTags.size) await db.tags.bulkAdd([...newTags].map((name) => ({ name, color: '#e5ccff' })));
      await db.passages.bulkAdd(rows);
    });
    for (const t of newTags) knownTags.add(t);
    onProgress?.(Math.min(total, from + CHUNK), total);
    await nextTask();
  }
  return report;

  async function rowFor(a: ImportedAnnotation): Promise<PassageRow | null> {
    if (a.versionHash) await loadVersion(a.versionHash);
    const byHash = a.versionHash ? versionSource.get(a.versionHash) : null;
    const source = (byHash ? sourceById.get(byHash) : undefined) ?? (a.fileName ? sourceByName.get(a.fileName) : undefined);
    const current = source ? await loadVersion(source.hash) : null;
    // Positions count in the version the annotation names; without a name they are a hint to check.
    const positionsApply = current && a.cpStart !== null && a.cpEnd !== null && (a.versionHash === null || a.versionHash === source!.hash);
    const start = positionsApply ? (current.index.toStrIndex(a.cpStart!) ?? -1) : -1;
    const end = positionsApply ? (current.index.toStrIndex(a.cpEnd!) ?? -1) : -1;
    let exact = a.exact;
    if (exact === null) {
      if (!current || start < 0 || end <= start) {
        report.skipped.push({ item: a.item, id: a.id, reason: current ? 'it gives only a text position, and that position is not inside the source' : `it gives only a text position, and no source named ${a.fileName ?? a.versionHash ?? '(unnamed)'} is in the notebook` });
        return null;
      }
      exact = current.text.slice(start, end);
    }
    const at = new Date().toISOString();
    // A position that does not apply is unknown, never 0: the quote is then judged on its own.
    const known = start >= 0 && end >= start;
    const found = current ? anchorPassage(current.text, { exact, prefix: a.prefix, suffix: a.suffix, start: known ? start : 'unknown', end: known ? end : 'unknown' }) : null;
    if (!found || !source || !current) {
      const sourceId = source?.id ?? '';
      const key = `${sourceId}\u0000${exact}`;
      if (orphanKeys.has(key)) {
        report.duplicates++;
        return null;
      }
      orphanKeys.add(key);
      report.orphaned++;
      return { id: crypto.randomUUID(), sourceId, versionHash: source?.hash ?? a.versionHash ?? '', selector: { exact, prefix: a.prefix, suffix: a.suffix, start: Math.max(0, start), end: Math.max(0, end) }, tags: a.tags, memo: a.memo, status: 'orphaned', score: 0, previousExact: exact, createdAt: at, updatedAt: at };
    }
    const spans = await spansOf(source.id);
    const key = `${source.hash}\u0000${found.start}\u0000${found.end}`;
    if (spans.has(key)) {
      report.duplicates++;
      return null;
    }
    spans.add(key);
    report.imported++;
    return {
      id: crypto.randomUUID(),
      sourceId: source.id,
      versionHash: source.hash,
      selector: describePassage(current.text, found.start, found.end),
      tags: a.tags,
      memo: a.memo,
      status: found.method === 'fuzzy' ? 'fuzzy' : 'exact',
      score: found.score,
      ...(found.method === 'fuzzy' ? { previousExact: exact } : {}),
      createdAt: at,
      updatedAt: at,
    };
  }
}
