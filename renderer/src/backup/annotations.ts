import { anchorPassage, describePassage, fromCodePointRange, toCodePointRange } from '@common/anchor';
import { parseAnnotationCollection, toAnnotationCollection, type AnnotatablePassage } from '@common/interchange/webAnnotation';
import { toCsv } from '@common/interchange/csv';
import type { NotebookDb } from '../db/database';
import type { PassageRow } from '../db/schema';

/** All passages (or those with one tag) with what leaves the app: file name, version hash, code points. */
async function exportablePassages(db: NotebookDb, tag?: string): Promise<Array<AnnotatablePassage & { sourceTitle: string }>> {
  const passages = tag ? await db.passages.where('tags').equals(tag).toArray() : await db.passages.toArray();
  const sources = new Map((await db.sources.toArray()).map((s) => [s.id, s]));
  const texts = new Map((await db.versions.bulkGet([...new Set(passages.map((p) => p.versionHash))])).filter((v) => v !== undefined).map((v) => [v.hash, v.text]));
  return passages.flatMap((p) => {
    const source = sources.get(p.sourceId);
    const text = texts.get(p.versionHash);
    if (!source || text === undefined || p.status === 'orphaned') return [];
    const cp = toCodePointRange(text, p.selector.start, p.selector.end);
    return [{ id: p.id, fileName: source.fileName, sourceTitle: source.title, versionHash: p.versionHash, exact: p.selector.exact, prefix: p.selector.prefix, suffix: p.selector.suffix, cpStart: cp.start, cpEnd: cp.end, tags: p.tags, memo: p.memo, created: p.createdAt, modified: p.updatedAt }];
  });
}

export async function annotationsJson(db: NotebookDb): Promise<string> {
  return JSON.stringify(toAnnotationCollection(await exportablePassages(db), new Date().toISOString()), null, 2);
}

export async function passagesCsv(db: NotebookDb, tag?: string): Promise<string> {
  const rows = (await exportablePassages(db, tag)).flatMap((p) => (p.tags.length ? p.tags : ['']).filter((t) => !tag || t === tag).map((t) => [t, p.fileName, p.cpStart, p.cpEnd, p.exact, p.memo]));
  return toCsv(['tag', 'source', 'start', 'end', 'exact', 'memo'], rows);
}

export interface AnnotationImportReport {
  imported: number;
  duplicates: number;
  orphaned: number;
  skipped: number;
}

/**
 * Imports W3C annotations: each is anchored with anchorPassage in its source's current text; one that
 * does not anchor is kept as an orphan in the review queue, never dropped; a passage already there
 * (same source, same span) is not doubled.
 */
export async function importAnnotations(db: NotebookDb, text: string): Promise<AnnotationImportReport> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON, so not a W3C annotation collection.');
  }
  const parsed = parseAnnotationCollection(json);
  if (!parsed.ok) throw new Error(parsed.error);
  const report: AnnotationImportReport = { imported: 0, duplicates: 0, orphaned: 0, skipped: parsed.skipped };
  await db.transaction('rw', db.sources, db.versions, db.passages, db.tags, async () => {
    const sources = await db.sources.toArray();
    for (const a of parsed.annotations) {
      const byHash = a.versionHash ? await db.versions.get(a.versionHash) : undefined;
      const source = (byHash && sources.find((s) => s.id === byHash.sourceId)) ?? sources.find((s) => s.fileName === a.fileName);
      const current = source ? await db.versions.get(source.hash) : undefined;
      const at = new Date().toISOString();
      // A position only counts in the version it was taken from; otherwise it is unknown, not 0.
      let start: number | 'unknown' = 'unknown';
      let end: number | 'unknown' = 'unknown';
      if (current && a.cpStart !== null && a.cpEnd !== null && a.versionHash === current.hash) {
        try {
          const r = fromCodePointRange(current.text, a.cpStart, a.cpEnd);
          start = r.start;
          end = r.end;
        } catch {
          // A position outside the text: fall back to the quote.
        }
      }
      const found = current ? anchorPassage(current.text, { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start, end }) : null;
      for (const t of a.tags) if (!(await db.tags.get(t))) await db.tags.add({ name: t, color: '#e5ccff' });
      if (!found || !source || !current) {
        const orphan: PassageRow = {
          id: crypto.randomUUID(),
          sourceId: source?.id ?? '',
          versionHash: source?.hash ?? a.versionHash ?? '',
          selector: { exact: a.exact, prefix: a.prefix, suffix: a.suffix, start: start === 'unknown' ? 0 : start, end: end === 'unknown' ? 0 : end },
          tags: a.tags,
          memo: a.memo,
          status: 'orphaned',
          score: 0,
          previousExact: a.exact,
          createdAt: at,
          updatedAt: at,
        };
        const dup = (await db.passages.where('status').equals('orphaned').toArray()).some((p) => p.previousExact === a.exact && p.sourceId === orphan.sourceId);
        if (dup) report.duplicates++;
        else {
          await db.passages.add(orphan);
          report.orphaned++;
        }
        continue;
      }
      const existing = (await db.passages.where('sourceId').equals(source.id).toArray()).find((p) => p.versionHash === current.hash && p.selector.start === found.start && p.selector.end === found.end);
      if (existing) {
        report.duplicates++;
        continue;
      }
      await db.passages.add({
        id: crypto.randomUUID(),
        sourceId: source.id,
        versionHash: current.hash,
        selector: describePassage(current.text, found.start, found.end),
        tags: a.tags,
        memo: a.memo,
        status: found.method === 'fuzzy' ? 'fuzzy' : 'exact',
        score: found.score,
        ...(found.method === 'fuzzy' ? { previousExact: a.exact } : {}),
        createdAt: at,
        updatedAt: at,
      });
      report.imported++;
    }
  });
  return report;
}
