import { afterEach, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { importAnnotations } from '../../renderer/src/backup/annotations';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

const opened: NotebookDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function seededDb(extra: Array<{ fileName: string; text: string }>): Promise<NotebookDb> {
  const db = new NotebookDb(`annotation-anchoring-${n++}`);
  opened.push(db);
  await db.open();
  const batch = await readSourceFiles(seedFiles(), 'seeds');
  const more = extra.map((e) => ({ ...batch.sources[0]!, fileName: e.fileName, path: `seeds/${e.fileName}`, text: e.text, hash: e.fileName.padEnd(64, '0').slice(0, 64) }));
  await importBatch(db, { ...batch, sources: [...batch.sources, ...more] });
  return db;
}

/** A Hypothesis-style annotation: a quote (and maybe context), no position. */
const annotation = (file: string, exact: string, prefix?: string, suffix?: string) => ({
  type: 'Annotation',
  target: { source: `https://example.org/${file}`, selector: { type: 'TextQuoteSelector', exact, ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) } },
});

describe('annotation import anchors as re-anchoring does', () => {
  it('finds a one-error quote without position or context far into a text, for review', async () => {
    const db = await seededDb([]);
    // « Kursk » for « Koursk », near the end of the 003 seed: judged on the quote alone, not as if at offset 0.
    const report = await importAnnotations(db, JSON.stringify([annotation('003_02ccfc7f2b3def74.txt', 'déployés dans la région de Kursk')]));
    expect(report).toEqual({ imported: 1, duplicates: 0, orphaned: 0, skipped: [] });
    const [passage] = await db.passages.toArray();
    expect(passage).toMatchObject({ status: 'fuzzy', previousExact: 'déployés dans la région de Kursk' });
    expect(passage!.selector.exact).toBe('déployés dans la région de Koursk');
  });

  it('never imports half an emoji: a changed astral character is taken whole', async () => {
    const db = await seededDb([{ fileName: 'astral.txt', text: 'Intro 😀😀 puis la Corée du Nord 𝄞 et Séoul.\n' }]);
    // 𝄢 and 𝄞 share their first UTF-16 unit: a match cut after it would be half a character.
    await importAnnotations(db, JSON.stringify([annotation('astral.txt', 'puis la Corée du Nord 𝄢', 'Intro 😀😀 ', ' et Séoul.')]));
    const [passage] = await db.passages.toArray();
    expect(passage?.status).toBe('fuzzy');
    expect(passage!.selector.exact).toBe('puis la Corée du Nord 𝄞');
  });
});
