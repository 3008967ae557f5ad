import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ParsedSource } from '@common/source/types';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

let db: NotebookDb;
let n = 0;
beforeEach(async () => {
  db = new NotebookDb(`import-test-${n++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const seedBatch = () => readSourceFiles(seedFiles(), 'seeds');

function withText(source: ParsedSource, text: string, hash: string): ParsedSource {
  return { ...source, text, hash };
}

describe('importBatch', () => {
  it('imports the five seeds as five sources with one version each', async () => {
    const report = await importBatch(db, await seedBatch());
    expect(report.imported).toHaveLength(5);
    expect(await db.sources.count()).toBe(5);
    expect(await db.versions.count()).toBe(5);
    const source = await db.sources.where('fileName').equals('004_d0a46c9abb1717b1.txt').first();
    expect(source?.date).toEqual({ iso: '2024-11', precision: 'month' });
    const version = await db.versions.get(source!.hash);
    expect(version?.sourceId).toBe(source?.id);
    expect(version?.text).toBe(readFileSync(seedFiles()[4]!, 'utf8'));
  });

  it('imports nothing new the second time', async () => {
    await importBatch(db, await seedBatch());
    const again = await importBatch(db, await seedBatch());
    expect(again).toMatchObject({ imported: [], updated: [], duplicates: [] });
    expect(again.unchanged).toHaveLength(5);
    expect(await db.sources.count()).toBe(5);
  });

  it('keeps the old version when a seed file changes, and points the source at the new one', async () => {
    const batch = await seedBatch();
    await importBatch(db, batch);
    const first = batch.sources[0]!;
    const before = await db.sources.where('fileName').equals(first.fileName).first();
    const changed: ImportBatch = { ...batch, sources: [withText(first, `${first.text}\nAjout.`, 'b'.repeat(64))] };
    const report = await importBatch(db, changed);
    expect(report.updated).toEqual([first.fileName]);
    expect(report.updatedSourceIds).toEqual([before!.id]);
    const after = await db.sources.get(before!.id);
    expect(after?.hash).toBe('b'.repeat(64));
    expect(await db.versions.where('sourceId').equals(before!.id).count()).toBe(2);
    expect((await db.versions.get(first.hash))?.text).toBe(first.text);
  });

  it('recognises identical text under another file name as a duplicate', async () => {
    const batch = await seedBatch();
    await importBatch(db, batch);
    const copy = { ...batch.sources[3]!, fileName: 'copie.txt' };
    const report = await importBatch(db, { origin: 'files', sources: [copy], failures: [] });
    expect(report.duplicates).toEqual([{ fileName: 'copie.txt', sameAs: basename(seedFiles()[3]!) }]);
    expect(await db.sources.count()).toBe(5);
    expect(await db.versions.count()).toBe(5);
  });

  it('passes failures through to the report untouched', async () => {
    const failures = [{ fileName: 'vide.txt', reason: 'the file is empty' }];
    const report = await importBatch(db, { origin: 'seeds', sources: [], failures });
    expect(report.failures).toEqual(failures);
  });
});
