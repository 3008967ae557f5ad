import { afterEach, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { AnnotationImportCancelled, importAnnotations, type ImportPhase } from '../../renderer/src/backup/annotations';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

const opened: NotebookDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function seededDb(): Promise<NotebookDb> {
  const db = new NotebookDb(`annotation-cancel-${n++}`);
  opened.push(db);
  await db.open();
  await importBatch(db, await readSourceFiles(seedFiles(), 'seeds'));
  return db;
}

// 5,000 orphans, each a new tag: enough for several slices of anchoring and several write chunks.
const FILE = JSON.stringify(Array.from({ length: 5_000 }, (_, i) => ({ type: 'Annotation', body: { type: 'TextualBody', value: `t${i}`, purpose: 'tagging' }, target: { source: 'https://example.org/absent.txt', selector: { type: 'TextQuoteSelector', exact: `phrase absente ${i}` } } })));

describe('cancelling an annotation import', () => {
  it.each<[ImportPhase]>([['anchoring'], ['writing']])('while %s leaves the notebook as it was: no passage, no tag', async (phase) => {
    const db = await seededDb();
    const tagsBefore = await db.tags.count();
    const abort = new AbortController();
    const phases = new Set<ImportPhase>();
    const run = importAnnotations(db, FILE, (done, total, p) => {
      phases.add(p);
      if (p === phase && done < total) abort.abort();
    }, abort.signal);
    await expect(run).rejects.toBeInstanceOf(AnnotationImportCancelled);
    expect(phases.has(phase)).toBe(true);
    expect(await db.passages.count()).toBe(0);
    expect(await db.tags.count()).toBe(tagsBefore);
  }, 60_000);

  it('reports reading, then anchoring, then writing, each up to its total', async () => {
    const db = await seededDb();
    const seen: Array<[ImportPhase, number, number]> = [];
    const report = await importAnnotations(db, FILE, (done, total, phase) => seen.push([phase, done, total]));
    expect(report).toMatchObject({ imported: 0, orphaned: 5_000, duplicates: 0 });
    expect([...new Set(seen.map(([p]) => p))]).toEqual(['reading', 'anchoring', 'writing']);
    expect(seen.filter(([p]) => p === 'anchoring').at(-1)).toEqual(['anchoring', 5_000, 5_000]);
    expect(seen.at(-1)).toEqual(['writing', 5_000, 5_000]);
    expect(await db.passages.count()).toBe(5_000);
  }, 60_000);
});
