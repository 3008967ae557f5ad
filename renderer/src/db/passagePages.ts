import { toCodePointRange } from '@common/anchor';
import { formatPageSpan, pageSpanOf, type PageSpan } from '@common/source/pageOfOffset';
import type { NotebookDb } from './database';
import type { PassageRow } from './schema';

/**
 * The pages each passage of a paged source (PDF) lies on, by passage id; passages of unpaged
 * sources are absent. Pages are counted on code points, as the version's `pageStarts` are.
 */
export async function passagePages(db: NotebookDb, passages: readonly PassageRow[]): Promise<Map<string, PageSpan>> {
  const pages = new Map<string, PageSpan>();
  const hashes = [...new Set(passages.map((p) => p.versionHash))];
  if (hashes.length === 0) return pages;
  const paged = new Map((await db.versions.bulkGet(hashes)).filter((v) => v?.pageStarts?.length).map((v) => [v!.hash, v!]));
  if (paged.size === 0) return pages;
  for (const p of passages) {
    const version = paged.get(p.versionHash);
    // An orphaned passage has no place in its version: it has no page either.
    if (!version || p.status === 'orphaned') continue;
    const cp = toCodePointRange(version.text, p.selector.start, p.selector.end);
    const span = pageSpanOf(version.pageStarts, cp.start, cp.end);
    if (span) pages.set(p.id, span);
  }
  return pages;
}

/** « p. 3 » / « pp. 3–4 » for a passage with pages, else ''. */
export function pageLabelOf(pages: ReadonlyMap<string, PageSpan> | undefined, passageId: string): string {
  const span = pages?.get(passageId);
  return span ? formatPageSpan(span) : '';
}
