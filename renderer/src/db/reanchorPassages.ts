import Dexie from 'dexie';
import { describePassage, reanchorPassage, type ReanchorResult } from '@common/anchor';
import { reanchorOffThread } from '../anchor/reanchorClient';
import type { NotebookDb } from './database';
import type { PassageRow } from './schema';

export interface ReanchorCounts {
  exact: number;
  moved: number;
  fuzzy: number;
  orphaned: number;
}

/** Re-anchors one passage onto a new version's text; pure apart from the timestamp. */
export function reanchorRow(passage: PassageRow, newHash: string, newText: string, at: string, result: ReanchorResult = reanchorPassage(newText, passage.selector)): PassageRow {
  if (result.status === 'orphaned' || result.start === undefined || result.end === undefined) {
    // The old selector and version stay: they still say exactly what was quoted, and where.
    return { ...passage, status: 'orphaned', score: result.score, previousExact: passage.previousExact ?? passage.selector.exact, keptOrphan: false, updatedAt: at };
  }
  return {
    ...passage,
    versionHash: newHash,
    selector: describePassage(newText, result.start, result.end),
    status: result.status,
    score: result.score,
    previousExact: result.status === 'fuzzy' ? (passage.previousExact ?? passage.selector.exact) : undefined,
    keptOrphan: false,
    updatedAt: at,
  };
}

/** How long a transaction waits for the re-anchoring worker before giving up (and rolling back). */
const REANCHOR_TIMEOUT_MS = 5 * 60_000;

/**
 * After a source got a new version: every passage not yet on it is re-anchored, and so is every
 * orphan, even one cut from this very text: an orphan keeps the version it was cut from, so when
 * that text comes back it is found again at its place. Nothing is deleted; fuzzy and orphaned
 * passages go to the review queue. Must run inside a transaction over passages.
 */
export async function reanchorSourcePassages(db: NotebookDb, sourceId: string, newHash: string, newText: string, at: string): Promise<ReanchorCounts> {
  const counts: ReanchorCounts = { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 };
  const passages = await db.passages.where('sourceId').equals(sourceId).toArray();
  const stale = passages.filter((p) => p.versionHash !== newHash || p.status === 'orphaned');
  // The passages are found again in a worker, all together; Dexie.waitFor keeps this transaction
  // open meanwhile, so the new version and its passages' new places are still written as one.
  const results = await Dexie.waitFor(
    reanchorOffThread(
      newText,
      stale.map((p) => p.selector),
    ),
    REANCHOR_TIMEOUT_MS,
  );
  const updated = stale.map((p, i) => {
    const row = reanchorRow(p, newHash, newText, at, results[i]);
    counts[row.status === 'confirmed' ? 'exact' : row.status]++;
    return row;
  });
  await db.passages.bulkPut(updated);
  return counts;
}
