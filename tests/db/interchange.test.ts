import { afterEach, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { annotationsJson, importAnnotations, passagesCsv } from '../../renderer/src/backup/annotations';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';

let n = 0;
const opened: NotebookDb[] = [];
async function seededDb(extra: Array<{ fileName: string; text: string }> = []): Promise<NotebookDb> {
  const db = new NotebookDb(`interchange-${n++}`);
  opened.push(db);
  await db.open();
  const batch = await readSourceFiles(seedFiles(), 'seeds');
  const more = extra.map((e) => ({ ...batch.sources[0]!, fileName: e.fileName, path: `seeds/${e.fileName}`, text: e.text, hash: e.fileName.padEnd(64, '0').slice(0, 64) }));
  await importBatch(db, { ...batch, sources: [...batch.sources, ...more] });
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function mark(db: NotebookDb, fileName: string, phrase: string, tags: string[] = [], memo = '') {
  const source = (await db.sources.where('fileName').equals(fileName).first())!;
  const text = (await db.versions.get(source.hash))!.text;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`${phrase} not in ${fileName}`);
  const p = await createPassage(db, source.id, start, start + phrase.length, { tags, memo });
  return p;
}

describe('W3C Web Annotation export and import', () => {
  it('round-trips passages over all five seeds, astral and NFD-origin text included, without duplicates', async () => {
    const astral = { fileName: 'emoji.txt', text: 'Intro 😀😀 puis la Core\u0301e du Nord 𝄞 et Séoul.\n'.normalize('NFC') };
    const db = await seededDb([astral]);
    const phrases: Array<[string, string]> = [
      ['000_7bbe899204955759.txt', 'samedi (2/11)'],
      ['001_476412fa8d8391e4.txt', 'nouveau niveau'],
      ['002_2b2af24e823addfb.txt', 'Le 22 septembre'],
      ['003_02ccfc7f2b3def74.txt', '“sa victoire”'],
      ['004_d0a46c9abb1717b1.txt', 'Kim Jong-un'],
      ['emoji.txt', 'Corée du Nord 𝄞 et Séoul'],
    ];
    for (const [f, p] of phrases) await mark(db, f, p, ['troupes'], `mémo ${p}`);
    const json = await annotationsJson(db);
    expect(JSON.parse(json).first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);

    const other = await seededDb([astral]);
    expect(await importAnnotations(other, json)).toEqual({ imported: 6, duplicates: 0, orphaned: 0, skipped: 0 });
    const mine = (await db.passages.toArray()).map((p) => [p.selector.exact, p.selector.start, p.tags, p.memo]).sort();
    const theirs = (await other.passages.toArray()).map((p) => [p.selector.exact, p.selector.start, p.tags, p.memo]).sort();
    expect(theirs).toEqual(mine);
    expect(await importAnnotations(other, json)).toEqual({ imported: 0, duplicates: 6, orphaned: 0, skipped: 0 });
  });

  it('imports a Hypothesis-style collection with only quote selectors, and keeps what does not anchor as orphans', async () => {
    const db = await seededDb();
    const hypothesis = [
      { type: 'Annotation', target: [{ source: 'https://example.org/003_02ccfc7f2b3def74.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Choe Son Hui a rencontré', prefix: 'étrangères ', suffix: ' son homologue' }] }], body: [{ type: 'TextualBody', value: 'diplomatie', purpose: 'tagging' }] },
      { type: 'Annotation', target: { source: 'https://example.org/003_02ccfc7f2b3def74.txt', selector: { type: 'TextQuoteSelector', exact: 'Une phrase qui ne figure nulle part dans ce texte.' } } },
      { type: 'Annotation', target: 'https://example.org/page' },
    ];
    expect(await importAnnotations(db, JSON.stringify(hypothesis))).toEqual({ imported: 1, duplicates: 0, orphaned: 1, skipped: 1 });
    const orphan = (await db.passages.where('status').equals('orphaned').toArray())[0]!;
    expect(orphan.previousExact).toBe('Une phrase qui ne figure nulle part dans ce texte.');
  });

  it('refuses what is not an annotation collection, with a clear message', async () => {
    const db = await seededDb();
    await expect(importAnnotations(db, '{"hello": "world"}')).rejects.toThrow('not a W3C Web Annotation collection');
    await expect(importAnnotations(db, 'pas du JSON')).rejects.toThrow('not JSON');
    expect(await db.passages.count()).toBe(0);
  });
});

describe('CSV export of passages', () => {
  it('writes one row per tag with code points, and defuses formulas', async () => {
    const db = await seededDb();
    await mark(db, '003_02ccfc7f2b3def74.txt', '10 000 soldats', ['troupes', 'chiffres'], '=1+1');
    const csv = await passagesCsv(db, 'troupes');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('tag,source,start,end,exact,memo');
    expect(lines[1]).toMatch(/^troupes,003_02ccfc7f2b3def74\.txt,\d+,\d+,10 000 soldats,'=1\+1$/);
    expect(lines).toHaveLength(3);
  });
});
