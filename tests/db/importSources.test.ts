import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportBatch, ParsedSource } from '@common/source/types';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { seedFiles } from '../support/paths';
import { createPassage } from '../../renderer/src/db/passages';
import { findImportQuestions } from '../../renderer/src/db/importSources';
import { sha256Hex } from '../../main/services/sha256';

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

/** A file the user imports, written by hand: name, folder and text. */
function userFile(path: string, text: string, extra: Partial<ParsedSource> = {}): ParsedSource {
  const fileName = basename(path);
  return { fileName, path, title: text.split('\n')[0]!, language: 'fr', date: null, byteSize: Buffer.byteLength(text), encoding: 'utf-8', replacedBytes: 0, text, hash: sha256Hex(text), ...extra };
}
const files = (...sources: ParsedSource[]): ImportBatch => ({ origin: 'files', sources, failures: [] });

const ARTICLE_A = 'Le sommet de Vladivostok\n\nLes deux dirigeants se sont rencontrés jeudi au port de Vladivostok pour parler du gaz, du rail et des frontières.\n';
const ARTICLE_B = 'Recette de la soupe au pistou\n\nFaire revenir les haricots, ajouter les courgettes et le basilic pilé avec l’ail.\n';
const ARTICLE_A2 = `${ARTICLE_A}Un accord sur le rail a été signé le lendemain.\n`;

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
    const copy = { ...batch.sources[3]!, fileName: 'copie.txt', path: '/home/me/copie.txt' };
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

  it('keeps an unrelated file with a taken name as a new source, both texts reachable', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const report = await importBatch(db, files(userFile('/b/article.txt', ARTICLE_B)));
    expect(report).toMatchObject({ imported: ['article.txt'], updated: [], unchanged: [] });
    expect(report.files[0]).toMatchObject({ outcome: 'imported', sameName: [{ title: 'Le sommet de Vladivostok', path: '/a/article.txt' }] });
    const sources = await db.sources.where('fileName').equals('article.txt').toArray();
    const texts = await Promise.all(sources.map(async (s) => (await db.versions.get(s.hash))?.text));
    expect(texts.sort()).toEqual([ARTICLE_A, ARTICLE_B].sort());
    expect(sources.map((s) => s.title).sort()).toEqual(['Le sommet de Vladivostok', 'Recette de la soupe au pistou']);
  });

  it('gives the same path with new text a new version, without asking', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const batch = files(userFile('/a/article.txt', ARTICLE_A2));
    expect(await findImportQuestions(db, batch)).toEqual([]);
    const report = await importBatch(db, batch);
    expect(report.updated).toEqual(['article.txt']);
    const [source] = await db.sources.toArray();
    expect(await db.versions.where('sourceId').equals(source!.id).count()).toBe(2);
  });

  it('asks about a similar text with a taken name from another folder, and follows the answer', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const first = (await db.sources.toArray())[0]!;
    const batch = files(userFile('/b/article.txt', ARTICLE_A2));
    const questions = await findImportQuestions(db, batch);
    expect(questions).toEqual([
      { fileName: 'article.txt', path: '/b/article.txt', title: 'Le sommet de Vladivostok', candidates: [expect.objectContaining({ sourceId: first.id, title: 'Le sommet de Vladivostok', path: '/a/article.txt' })] },
    ]);
    // Nothing was written while asking.
    expect(await db.versions.count()).toBe(1);

    const asVersion = await importBatch(db, batch, { choices: new Map([['/b/article.txt', { versionOf: first.id }]]) });
    expect(asVersion).toMatchObject({ updated: ['article.txt'], imported: [], updatedSourceIds: [first.id] });
    expect((await db.sources.get(first.id))?.hash).toBe(sha256Hex(ARTICLE_A2));
  });

  it('makes a new source when the answer is “New source”', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const report = await importBatch(db, files(userFile('/b/article.txt', ARTICLE_A2)), { choices: new Map([['/b/article.txt', 'new' as const]]) });
    expect(report.imported).toEqual(['article.txt']);
    expect(await db.sources.count()).toBe(2);
  });

  it('never lets the seeds revert a version the user made', async () => {
    const seeds = await seedBatch();
    await importBatch(db, seeds);
    const seed = seeds.sources[2]!;
    const source = (await db.sources.where('path').equals(seed.path).first())!;
    const newer = userFile(`/home/me/${seed.fileName}`, `${seed.text}\nUn paragraphe ajouté par la rédaction.\n`, { title: seed.title });
    await importBatch(db, files(newer), { choices: new Map([[newer.path, { versionOf: source.id }]]) });
    expect((await db.sources.get(source.id))?.hash).toBe(newer.hash);

    const restart = await importBatch(db, await seedBatch());
    expect(restart).toMatchObject({ imported: [], updated: [], duplicates: [] });
    expect(restart.unchanged).toHaveLength(5);
    expect((await db.sources.get(source.id))?.hash).toBe(newer.hash);
  });

  it('keeps a user version even when the seed file itself changes', async () => {
    const seeds = await seedBatch();
    await importBatch(db, seeds);
    const seed = seeds.sources[1]!;
    const source = (await db.sources.where('path').equals(seed.path).first())!;
    const mine = userFile(`/home/me/${seed.fileName}`, `${seed.text}\nMa version.\n`);
    await importBatch(db, files(mine), { choices: new Map([[mine.path, { versionOf: source.id }]]) });
    const changedSeed = withText(seed, `${seed.text}\nCorrection de l’éditeur.\n`, 'e'.repeat(64));
    const report = await importBatch(db, { ...seeds, sources: [changedSeed] });
    expect(report).toMatchObject({ kept: [seed.fileName], updated: [] });
    expect((await db.sources.get(source.id))?.hash).toBe(mine.hash);
  });

  it('re-anchors passages orphaned by a version when the old text comes back', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const source = (await db.sources.toArray())[0]!;
    const start = ARTICLE_A.indexOf('gaz, du rail');
    const passage = await createPassage(db, source.id, start, start + 'gaz, du rail'.length);
    const other = 'Le sommet de Vladivostok\n\nTout le texte a été remplacé par un communiqué sans rapport.\n';
    const gone = await importBatch(db, files(userFile('/a/article.txt', other)));
    expect(gone.reanchored.orphaned).toBe(1);
    expect((await db.passages.get(passage.id))?.status).toBe('orphaned');

    const back = await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    expect(back.files[0]?.outcome).toBe('restored');
    expect(back.reanchored).toEqual({ exact: 1, moved: 0, fuzzy: 0, orphaned: 0 });
    const found = await db.passages.get(passage.id);
    expect(found).toMatchObject({ status: 'exact', versionHash: sha256Hex(ARTICLE_A), selector: { start, exact: 'gaz, du rail' } });
    expect(found?.previousExact).toBeUndefined();
  });

  it('records each version’s size, encoding and origin, and reports each file’s encoding', async () => {
    const latin = userFile('/a/latin.txt', 'Café\n', { encoding: 'windows-1252', byteSize: 5 });
    const damaged = userFile('/a/abime.txt', 'Été \uFFFD\n', { replacedBytes: 1 });
    const report = await importBatch(db, files(latin, damaged));
    expect(report.files.map((f) => [f.fileName, f.encoding, f.replacedBytes])).toEqual([
      ['latin.txt', 'windows-1252', 0],
      ['abime.txt', 'utf-8', 1],
    ]);
    expect(await db.versions.get(latin.hash)).toMatchObject({ byteSize: 5, encoding: 'windows-1252', replacedBytes: 0, origin: 'files', path: '/a/latin.txt' });
  });

  it('treats a seed source stored before paths were kept (version 5) as the user’s: a changed seed does not replace it', async () => {
    const seeds = await seedBatch();
    const seed = seeds.sources[0]!;
    // What version 5 stored: no path on the source, no origin on the version.
    await db.sources.add({ id: 'legacy', fileName: seed.fileName, title: seed.title, language: 'fr', date: null, byteSize: 1, hash: 'f'.repeat(64), importedAt: 'x', updatedAt: 'x' });
    await db.versions.add({ hash: 'f'.repeat(64), sourceId: 'legacy', text: 'Texte de l’utilisateur', importedAt: 'x' });
    const report = await importBatch(db, { ...seeds, sources: [seed] });
    expect(report).toMatchObject({ kept: [seed.fileName], imported: [], updated: [] });
    expect((await db.sources.get('legacy'))?.hash).toBe('f'.repeat(64));
    expect(await db.sources.count()).toBe(1);
  });
});

describe('importBatch with many files', () => {
  it('imports 600 distinct files in order, each with its version and a search-log line', async () => {
    const batch = files(...Array.from({ length: 600 }, (_, i) => userFile(`/lot/f${String(i).padStart(3, '0')}.txt`, `Dépêche ${i}\n\nTexte numéro ${i}.\n`)));
    const report = await importBatch(db, batch);
    expect(report.imported).toHaveLength(600);
    expect(report.files.map((f) => f.fileName)).toEqual(batch.sources.map((s) => s.fileName));
    expect(report.files.every((f) => f.outcome === 'imported')).toBe(true);
    expect(await db.sources.count()).toBe(600);
    expect(await db.versions.count()).toBe(600);
    const f417 = await db.sources.where('path').equals('/lot/f417.txt').first();
    expect(f417?.title).toBe('Dépêche 417');
    expect((await db.versions.get(f417!.hash))?.text).toBe('Dépêche 417\n\nTexte numéro 417.\n');
    const logged = (await db.table('searchChanges').toArray()) as Array<{ table: string; key: string }>;
    expect(new Set(logged.filter((c) => c.table === 'sources').map((c) => c.key))).toEqual(new Set((await db.sources.toArray()).map((s) => s.id)));
  });

  it('decides files of a large batch that meet each other one by one: the same text twice is one source', async () => {
    const many = Array.from({ length: 300 }, (_, i) => userFile(`/lot/f${i}.txt`, `Dépêche ${i}\n\nTexte ${i}.\n`));
    const copy = userFile('/ailleurs/copie.txt', ARTICLE_A);
    const report = await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A), ...many, copy, userFile('/b/article.txt', ARTICLE_B)));
    expect(report.duplicates).toEqual([{ fileName: 'copie.txt', sameAs: 'article.txt' }]);
    expect(report.imported).toHaveLength(302);
    expect(report.files.at(-1)).toMatchObject({ fileName: 'article.txt', outcome: 'imported', sameName: [{ title: 'Le sommet de Vladivostok', path: '/a/article.txt' }] });
    expect(await db.sources.count()).toBe(302);
  });

  it('asks no question about files that match nothing, and still asks about the similar one', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A)));
    const many = Array.from({ length: 300 }, (_, i) => userFile(`/lot/f${i}.txt`, `Dépêche ${i}\n\nTexte ${i}.\n`));
    const questions = await findImportQuestions(db, files(...many, userFile('/b/article.txt', ARTICLE_A2)));
    expect(questions.map((q) => q.path)).toEqual(['/b/article.txt']);
  });
});

describe('importBatch of a large batch into a notebook that has sources', () => {
  it('still finds a stored text, path and name among many new files', async () => {
    await importBatch(db, files(userFile('/a/article.txt', ARTICLE_A), userFile('/a/pistou.txt', ARTICLE_B)));
    const many = Array.from({ length: 120 }, (_, i) => userFile(`/lot/f${i}.txt`, `Dépêche ${i}\n\nTexte ${i}.\n`));
    const report = await importBatch(db, files(...many, userFile('/a/article.txt', ARTICLE_A2), userFile('/ailleurs/soupe.txt', ARTICLE_B)));
    expect(report.imported).toHaveLength(120);
    expect(report.updated).toEqual(['article.txt']);
    expect(report.duplicates).toEqual([{ fileName: 'soupe.txt', sameAs: 'pistou.txt' }]);
    expect(await db.sources.count()).toBe(122);
  });
});
