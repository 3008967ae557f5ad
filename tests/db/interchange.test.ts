import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { exportFolderContents } from '../../renderer/src/export/noteMarkdown';
import { buildNote } from '../unit/export/fixtures';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NotebookDb } from '../../renderer/src/db/database';
import { importBatch } from '../../renderer/src/db/importSources';
import { createPassage } from '../../renderer/src/db/passages';
import { annotationsJson, importAnnotations, passagesCsv } from '../../renderer/src/backup/annotations';
import { readSourceFiles } from '../../main/services/readSourceFiles';
import { REPO_ROOT, seedFiles } from '../support/paths';
import { failedMusts, hasW3cSuite, validator, W3C_DIR } from '../unit/interchange/w3cSuite';

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
    expect(await importAnnotations(other, json)).toEqual({ imported: 6, duplicates: 0, orphaned: 0, skipped: [] });
    const mine = (await db.passages.toArray()).map((p) => [p.selector.exact, p.selector.start, p.tags, p.memo]).sort();
    const theirs = (await other.passages.toArray()).map((p) => [p.selector.exact, p.selector.start, p.tags, p.memo]).sort();
    expect(theirs).toEqual(mine);
    expect(await importAnnotations(other, json)).toEqual({ imported: 0, duplicates: 6, orphaned: 0, skipped: [] });
  });

  it('imports a Hypothesis-style collection with only quote selectors, and keeps what does not anchor as orphans', async () => {
    const db = await seededDb();
    const hypothesis = [
      { type: 'Annotation', target: [{ source: 'https://example.org/003_02ccfc7f2b3def74.txt', selector: [{ type: 'TextQuoteSelector', exact: 'Choe Son Hui a rencontré', prefix: 'étrangères ', suffix: ' son homologue' }] }], body: [{ type: 'TextualBody', value: 'diplomatie', purpose: 'tagging' }] },
      { type: 'Annotation', target: { source: 'https://example.org/003_02ccfc7f2b3def74.txt', selector: { type: 'TextQuoteSelector', exact: 'Une phrase qui ne figure nulle part dans ce texte.' } } },
      { type: 'Annotation', target: 'https://example.org/page' },
    ];
    expect(await importAnnotations(db, JSON.stringify(hypothesis))).toMatchObject({ imported: 1, duplicates: 0, orphaned: 1, skipped: [{ item: 3, reason: expect.stringContaining('whole resource') }] });
    const orphan = (await db.passages.where('status').equals('orphaned').toArray())[0]!;
    expect(orphan.previousExact).toBe('Une phrase qui ne figure nulle part dans ce texte.');
  });

  it('refuses what is not an annotation collection, with a clear message', async () => {
    const db = await seededDb();
    await expect(importAnnotations(db, '{"hello": "world"}')).rejects.toThrow('not a W3C Web Annotation file');
    await expect(importAnnotations(db, 'pas du JSON')).rejects.toThrow('not JSON');
    expect(await db.passages.count()).toBe(0);
  });
});

describe('W3C Web Annotation export from the notebook, checked by the W3C test suite', () => {
  beforeAll(() => {
    if (hasW3cSuite()) validator();
  }, 120_000);

  it.skipIf(!hasW3cSuite())('passes every MUST assertion on the app’s real export: passages with and without tags or memo', async () => {
    const db = await seededDb();
    await mark(db, '003_02ccfc7f2b3def74.txt', '10 000 soldats');
    await mark(db, '003_02ccfc7f2b3def74.txt', 'Choe Son Hui', ['diplomatie']);
    await mark(db, '004_d0a46c9abb1717b1.txt', 'Kim Jong-un', ['chefs', 'Corée'], 'à vérifier');
    const collection = JSON.parse(await annotationsJson(db));
    expect(failedMusts('collections/collectionMusts.test', collection)).toEqual([]);
    expect(failedMusts('collections/pages/pageMusts.test', collection.first)).toEqual([]);
    expect(collection.first.items).toHaveLength(3);
    for (const item of collection.first.items) expect(failedMusts('annotations/annotationMusts.test', item)).toEqual([]);
  });

  it.skipIf(!hasW3cSuite())('an empty notebook exports a valid collection with no page', async () => {
    const db = new NotebookDb(`interchange-${n++}`);
    opened.push(db);
    await db.open();
    const collection = JSON.parse(await annotationsJson(db));
    expect(collection.total).toBe(0);
    expect(collection.first).toBeUndefined();
    expect(failedMusts('collections/collectionMusts.test', collection)).toEqual([]);
  });
});

describe('W3C Web Annotation import of other tools’ files', () => {
  it.skipIf(!hasW3cSuite())('imports the model’s example collection: its two quotes kept for review, every other item reported with why', async () => {
    const db = await seededDb();
    const r = await importAnnotations(db, readFileSync(join(W3C_DIR, 'spec/examples/collection1.json'), 'utf8'));
    // anno23 and anno29 quote text that none of our sources holds; anno24 gives only a position in a book we do not have.
    expect(r).toMatchObject({ imported: 0, duplicates: 0, orphaned: 2 });
    expect(r.skipped).toHaveLength(41);
    expect(r.skipped.find((s) => s.id === 'http://example.org/anno24')?.reason).toContain('no source named ebook1');
    expect((await db.passages.toArray()).map((p) => p.previousExact).sort()).toEqual(['Selected Text', 'anotation']);
  }, 30_000);

  it('imports a position-only annotation by reading the text at those code points', async () => {
    const db = await seededDb();
    // Where « Kim Jong-un » stands in code points, found with Array.from, not with the code under test.
    const text = (await db.versions.get((await db.sources.where('fileName').equals('004_d0a46c9abb1717b1.txt').first())!.hash))!.text;
    const cps = Array.from(text);
    const at = cps.findIndex((_, i) => cps.slice(i, i + 11).join('') === 'Kim Jong-un');
    const r = await importAnnotations(db, JSON.stringify([{ type: 'Annotation', target: { source: 'file:///corpus/004_d0a46c9abb1717b1.txt', selector: { type: 'TextPositionSelector', start: at, end: at + 11 } } }]));
    expect(r).toMatchObject({ imported: 1, orphaned: 0, skipped: [] });
    expect((await db.passages.toArray())[0]!.selector.exact).toBe('Kim Jong-un');
  });

  it('imports thousands of orphans in chunks, with progress, and doubles none on a second import', async () => {
    const db = await seededDb();
    const items = Array.from({ length: 2_000 }, (_, i) => ({ type: 'Annotation', target: { source: 'https://example.org/absent.txt', selector: { type: 'TextQuoteSelector', exact: `phrase absente numéro ${i}` } } }));
    const progress: number[] = [];
    const first = await importAnnotations(db, JSON.stringify(items), (done, total) => progress.push(done / total));
    expect(first).toMatchObject({ imported: 0, orphaned: 2_000, duplicates: 0 });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(await importAnnotations(db, JSON.stringify(items))).toMatchObject({ orphaned: 0, duplicates: 2_000 });
    expect(await db.passages.where('status').equals('orphaned').count()).toBe(2_000);
  }, 60_000);
});

describe('CSV export of passages', () => {
  it('writes one row per tag with code points, source title, date and outlet, behind a UTF-8 BOM, and defuses formulas', async () => {
    const db = await seededDb();
    const source = (await db.sources.where('fileName').equals('003_02ccfc7f2b3def74.txt').first())!;
    await db.sources.update(source.id, { title: 'Corée du Nord: “sa victoire”, dit-elle', date: { iso: '2024-11-01', precision: 'day' }, meta: { outlet: 'Ouest-France', type: 'article-newspaper' } });
    await mark(db, '003_02ccfc7f2b3def74.txt', '10 000 soldats', ['troupes', 'chiffres'], '=1+1');
    const csv = await passagesCsv(db, 'troupes');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\ufefftag,source,start,end,exact,memo,title,date,outlet');
    expect(lines[1]).toMatch(/^troupes,003_02ccfc7f2b3def74\.txt,\d+,\d+,10 000 soldats,'=1\+1,"Corée du Nord: “sa victoire”, dit-elle",2024-11-01,Ouest-France$/);
    expect(lines).toHaveLength(3);
  });
});

describe('export folders that leave Verbatim whole: pandoc citations and the sources themselves', () => {
  async function notebookWithNote() {
    const db = await seededDb();
    const s3 = (await db.sources.where('fileName').equals('003_02ccfc7f2b3def74.txt').first())!;
    const s4 = (await db.sources.where('fileName').equals('004_d0a46c9abb1717b1.txt').first())!;
    await db.sources.update(s3.id, { date: { iso: '2024-11-01', precision: 'day' }, meta: { type: 'article-newspaper', outlet: 'Ouest-France', authors: ['AFP'], pages: '3' } });
    await db.sources.update(s4.id, { date: { iso: '2024-11', precision: 'month' }, meta: { type: 'article-newspaper', outlet: 'Le Figaro', authors: ['Jean Dupont'] } });
    const victoire = await mark(db, '003_02ccfc7f2b3def74.txt', 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine');
    const kim = await mark(db, '004_d0a46c9abb1717b1.txt', 'Kim Jong-un');
    const content = buildNote(() => {
      $getRoot().append(
        $createPassageQuoteNode({ passageId: victoire.id, sourceId: s3.id, sourceLabel: 'l’essentiel', exact: victoire.selector.exact, detached: false }),
        $createParagraphNode().append($createTextNode('Selon Le Figaro'), $createPassageCitationNode({ passageId: kim.id, sourceId: s4.id, label: 'Figaro', exact: 'Kim Jong-un', detached: false }), $createTextNode('.')),
      );
    });
    const at = '2026-11-30T08:00:00.000Z';
    await db.notes.add({ id: 'n1', title: 'Synthèse', content, revision: 1, createdAt: at, updatedAt: at, deletedAt: '' });
    return { db, notes: await db.notes.toArray() };
  }

  function writeFolder(contents: { notes: Array<{ title: string; markdown: string }>; files: Array<{ path: string; content: string }> }): string {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-export-'));
    for (const n of contents.notes) writeFileSync(join(dir, `${n.title}.md`), n.markdown);
    for (const f of contents.files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    return dir;
  }

  const hasPandoc = !spawnSync('pandoc', ['--version']).error;

  it.skipIf(!hasPandoc)('pandoc --citeproc renders footnotes and a bibliography naming each cited source', async () => {
    const { db, notes } = await notebookWithNote();
    const contents = await exportFolderContents(db, notes, { pandoc: true });
    const markdown = contents.notes[0]!.markdown;
    expect(markdown).toContain('bibliography: "references.json"');
    expect(markdown).toMatch(/\[\^1\]: \[@ouestfrance2024a, p\. 3\] — `003_02ccfc7f2b3def74\.txt#cp=\d+-\d+` sha256:[0-9a-f]{12}/);
    expect(markdown).toMatch(/\[\^2\]: « Kim Jong-un » — \[@lefigaro2024a\] — `004_d0a46c9abb1717b1\.txt#cp=\d+-\d+`/);
    const dir = writeFolder(contents);
    const run = spawnSync('pandoc', ['Synthèse.md', '--citeproc', '-t', 'plain', '--wrap=none'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    // The bibliography (default Chicago author-date): each source by its author, title and outlet.
    expect(run.stdout).toMatch(/^AFP\. 2024\. “l’essentiel\.” Ouest-France, November 1, 2024\.$/m);
    expect(run.stdout).toMatch(/\[1\] \(AFP 2024, 3\) — 003_02ccfc7f2b3def74\.txt#cp=12-89/);
    expect(run.stdout).toMatch(/^Dupont, Jean\. 2024\. “Les pays ont signé.*” Le Figaro, November 2024\.$/m);
    expect(JSON.parse(contents.files.find((f) => f.path === 'references.json')!.content).map((i: { id: string }) => i.id)).toEqual(['ouestfrance2024a', 'lefigaro2024a']);
    expect(contents.files.find((f) => f.path === 'references.bib')!.content).toMatch(/@article\{ouestfrance2024a,[\s\S]*@article\{lefigaro2024a,/);
  }, 30_000);

  it('a folder exported with its sources verifies alone, and names the --sources to pass when one is missing', async () => {
    const { db, notes } = await notebookWithNote();
    const contents = await exportFolderContents(db, notes, { withSources: true });
    expect(contents.files.map((f) => f.path).sort()).toEqual(['sources/003_02ccfc7f2b3def74.txt', 'sources/004_d0a46c9abb1717b1.txt', 'sources/verbatim-extracted-texts.json']);
    const dir = writeFolder(contents);
    const empty = mkdtempSync(join(tmpdir(), 'verbatim-nosources-'));
    const verify = () => spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', dir, '--sources', empty], { cwd: REPO_ROOT, encoding: 'utf8' });
    const ok = verify();
    expect(ok.stdout).toMatch(/^2 passed, 0 failed$/m);
    expect(ok.status).toBe(0);
    rmSync(join(dir, 'sources', '004_d0a46c9abb1717b1.txt'));
    const missing = verify();
    expect(missing.stdout).toContain('MISSING SOURCE');
    expect(missing.stdout).toContain('pass --sources <the folder that holds 004_d0a46c9abb1717b1.txt>');
    expect(missing.status).toBe(1);
  }, 60_000);

  it('a PDF’s passage is exported with its page, its extracted text and hash go in the folder, and verify checks the page without the PDF', async () => {
    // A version as the PDF extractor stores it (written by hand): its text, and where pages 1 and 2 begin.
    const page1 = 'Rapport annuel\n\nLe port de Rajin a reçu douze navires.\n';
    const text = `${page1}Les exportations de charbon ont repris en mars.\n`;
    const db = await seededDb();
    const hash = (await import('../../main/services/sha256')).sha256Hex(text);
    const at = '2026-11-30T08:00:00.000Z';
    await db.sources.add({ id: 'pdf', fileName: 'report.pdf', path: '/docs/report.pdf', title: 'Rapport annuel', language: 'fr', date: null, byteSize: 9000, hash, importedAt: at, updatedAt: at });
    await db.versions.add({ hash, sourceId: 'pdf', text, importedAt: at, format: 'pdf', pageStarts: [0, page1.length], path: '/docs/report.pdf' });
    const charbon = await mark(db, 'report.pdf', 'charbon ont repris');
    const across = await mark(db, 'report.pdf', 'navires.\nLes exportations');
    const content = buildNote(() => {
      $getRoot().append(
        $createPassageQuoteNode({ passageId: charbon.id, sourceId: 'pdf', sourceLabel: 'Rapport', exact: charbon.selector.exact, detached: false }),
        $createParagraphNode().append($createTextNode('Voir'), $createPassageCitationNode({ passageId: across.id, sourceId: 'pdf', label: 'Rapport', exact: across.selector.exact, detached: false })),
      );
    });
    await db.notes.add({ id: 'n2', title: 'Charbon', content, revision: 1, createdAt: at, updatedAt: at, deletedAt: '' });
    const contents = await exportFolderContents(db, await db.notes.toArray(), { withSources: true });
    // Offsets by hand: « charbon » starts 19 characters into page 2 (all of BMP: code points = indices).
    const start = page1.length + 'Les exportations de '.length;
    expect(contents.notes[0]!.markdown).toContain(`\`report.pdf#cp=${start}-${start + 18}&p=2\` sha256:${hash.slice(0, 12)}`);
    expect(contents.notes[0]!.markdown).toMatch(/`report\.pdf#cp=\d+-\d+&p=1-2`/);
    expect(contents.files.find((f) => f.path === 'sources/report.pdf.txt')?.content).toBe(text);
    const manifest = JSON.parse(contents.files.find((f) => f.path === 'sources/verbatim-extracted-texts.json')!.content) as { texts: unknown[] };
    expect(manifest.texts).toEqual([{ fileName: 'report.pdf', textFile: 'report.pdf.txt', sha256: hash, format: 'pdf', pageStarts: [0, page1.length] }]);
    const dir = writeFolder(contents);
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', dir, '--sources', mkdtempSync(join(tmpdir(), 'verbatim-nosources-'))], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(run.stdout).toMatch(/^2 passed, 0 failed$/m);
    expect(run.status).toBe(0);
  }, 60_000);
});
