import { anchorPassage, describePassage } from '../anchor';
import type { PassageSelector } from '../anchor/types';
import { codePointIndex, type CodePointIndex } from './codePointIndex';
import type { ImportedAnnotation, SkippedAnnotation } from './webAnnotationRead';

/** A source an annotation file names, as the import needs it: its current version's hash. */
export interface PlanSource {
  readonly id: string;
  readonly fileName: string;
  readonly hash: string;
}

/**
 * What the notebook already holds that the annotations touch, read once before anchoring so that
 * each annotation costs lookups, never a scan (the import was quadratic in orphans).
 */
export interface AnnotationImportContext {
  readonly sources: readonly PlanSource[];
  /** Source id of each version the file names by hash. */
  readonly versionSource: ReadonlyMap<string, string>;
  /** Current text of each source above, by version hash. */
  readonly texts: ReadonlyMap<string, string>;
  /** Passages already there: spanKey(sourceId, versionHash, start, end). */
  readonly spanKeys: ReadonlySet<string>;
  /** Orphans already there: orphanKey(sourceId, quote). */
  readonly orphanKeys: ReadonlySet<string>;
}

export const spanKey = (sourceId: string, versionHash: string, start: number, end: number) => `${sourceId}\u0000${versionHash}\u0000${start}\u0000${end}`;
export const orphanKey = (sourceId: string, exact: string) => `${sourceId}\u0000${exact}`;

/** A passage to store; the same shape as the notebook's passage row. */
export interface PlannedPassage {
  id: string;
  sourceId: string;
  versionHash: string;
  selector: PassageSelector;
  tags: string[];
  memo: string;
  status: 'exact' | 'fuzzy' | 'orphaned';
  score: number;
  previousExact?: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationImportCounts {
  imported: number;
  duplicates: number;
  orphaned: number;
  skipped: SkippedAnnotation[];
}

/** The sources and versions an annotation list names: what to read from the notebook before planning. */
export function namedInAnnotations(annotations: readonly ImportedAnnotation[]): { fileNames: string[]; versionHashes: string[] } {
  const fileNames = new Set<string>();
  const versionHashes = new Set<string>();
  for (const a of annotations) {
    if (a.fileName) fileNames.add(a.fileName);
    if (a.versionHash) versionHashes.add(a.versionHash);
  }
  return { fileNames: [...fileNames], versionHashes: [...versionHashes] };
}

/**
 * Turns annotations into passages one at a time (so a caller can slice the work and report
 * progress): each text target is anchored in its source's current text; one that does not anchor
 * becomes an orphan for review, never dropped; one already there (same source and span, or the same
 * orphaned quote) is counted as a duplicate, including repeats within the file.
 */
export function annotationPlanner(context: AnnotationImportContext, now: string, newId: () => string) {
  const sourceById = new Map(context.sources.map((s) => [s.id, s]));
  const sourceByName = new Map(context.sources.map((s) => [s.fileName, s]));
  const indexes = new Map<string, CodePointIndex>();
  const indexOf = (hash: string, text: string) => {
    let index = indexes.get(hash);
    if (!index) indexes.set(hash, (index = codePointIndex(text)));
    return index;
  };
  const spans = new Set(context.spanKeys);
  const orphans = new Set(context.orphanKeys);
  const counts: AnnotationImportCounts = { imported: 0, duplicates: 0, orphaned: 0, skipped: [] };

  function plan(a: ImportedAnnotation): PlannedPassage | null {
    const byHash = a.versionHash ? context.versionSource.get(a.versionHash) : undefined;
    const source = (byHash ? sourceById.get(byHash) : undefined) ?? (a.fileName ? sourceByName.get(a.fileName) : undefined);
    const text = source ? context.texts.get(source.hash) : undefined;
    const index = source && text !== undefined ? indexOf(source.hash, text) : undefined;
    // Positions count in the version the annotation names; without a name they are a hint to check.
    const positionsApply = index !== undefined && a.cpStart !== null && a.cpEnd !== null && (a.versionHash === null || a.versionHash === source!.hash);
    const start = positionsApply ? (index.toStrIndex(a.cpStart!) ?? -1) : -1;
    const end = positionsApply ? (index.toStrIndex(a.cpEnd!) ?? -1) : -1;
    let exact = a.exact;
    if (exact === null) {
      if (text === undefined || start < 0 || end <= start) {
        counts.skipped.push({ item: a.item, id: a.id, reason: text !== undefined ? 'it gives only a text position, and that position is not inside the source' : `it gives only a text position, and no source named ${a.fileName ?? a.versionHash ?? '(unnamed)'} is in the notebook` });
        return null;
      }
      exact = text.slice(start, end);
    }
    // A position that does not apply is unknown, never 0: the quote is then judged on its own.
    const known = start >= 0 && end >= start;
    const found = text !== undefined ? anchorPassage(text, { exact, prefix: a.prefix, suffix: a.suffix, start: known ? start : 'unknown', end: known ? end : 'unknown' }) : null;
    if (!found || !source || text === undefined) {
      const sourceId = source?.id ?? '';
      const key = orphanKey(sourceId, exact);
      if (orphans.has(key)) {
        counts.duplicates++;
        return null;
      }
      orphans.add(key);
      counts.orphaned++;
      return { id: newId(), sourceId, versionHash: source?.hash ?? a.versionHash ?? '', selector: { exact, prefix: a.prefix, suffix: a.suffix, start: Math.max(0, start), end: Math.max(0, end) }, tags: a.tags, memo: a.memo, status: 'orphaned', score: 0, previousExact: exact, createdAt: now, updatedAt: now };
    }
    const key = spanKey(source.id, source.hash, found.start, found.end);
    if (spans.has(key)) {
      counts.duplicates++;
      return null;
    }
    spans.add(key);
    counts.imported++;
    return {
      id: newId(),
      sourceId: source.id,
      versionHash: source.hash,
      selector: describePassage(text, found.start, found.end),
      tags: a.tags,
      memo: a.memo,
      status: found.method === 'fuzzy' ? 'fuzzy' : 'exact',
      score: found.score,
      ...(found.method === 'fuzzy' ? { previousExact: exact } : {}),
      createdAt: now,
      updatedAt: now,
    };
  }

  return { plan, counts };
}
