import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatLocator, parseLocator } from '@common/export/locator';
import { verifyMarkdown, type SourceText } from '@common/export/verifyMarkdown';
import { extractedTextFiles, MANIFEST_NAME, parseExtractedTextsManifest } from '@common/export/extractedTexts';
import { REPO_ROOT } from '../../support/paths';

// A two-page PDF's text as an extractor gives it, written by hand: page 1 opens with an emoji (two
// string indices, one code point), so code points and string indices differ after it.
const PAGE_1 = '📄 Rapport annuel\n\nLe port de Rajin a reçu douze navires.\n';
const PAGE_2 = 'Les exportations de charbon ont repris en mars.\n';
const TEXT = PAGE_1 + PAGE_2;
const PAGE_STARTS = [0, Array.from(PAGE_1).length];
const HASH = createHash('sha256').update(TEXT, 'utf8').digest('hex');

/** The code-point range of `phrase` in TEXT, counted with Array.from (not the app's code). */
function cpRange(phrase: string): { cpStart: number; cpEnd: number } {
  const at = TEXT.indexOf(phrase);
  const cpStart = Array.from(TEXT.slice(0, at)).length;
  return { cpStart, cpEnd: cpStart + Array.from(phrase).length };
}
const footnote = (phrase: string, page: string | null) => {
  const { cpStart, cpEnd } = cpRange(phrase);
  return `« ${phrase} » — *Rapport annuel* — \`report.pdf#cp=${cpStart}-${cpEnd}${page === null ? '' : `&p=${page}`}\` sha256:${HASH.slice(0, 12)}`;
};
const note = (...notes: string[]) => `Voir${notes.map((_, i) => `[^${i + 1}]`).join('')}.\n\n${notes.map((n, i) => `[^${i + 1}]: ${n}`).join('\n')}\n`;
const paged: SourceText = { text: TEXT, pageStarts: PAGE_STARTS };
const verify = (markdown: string, source: SourceText | string = paged) => verifyMarkdown(markdown, (name) => (name === 'report.pdf' ? source : null));

describe('locators with a page', () => {
  it('are written with &p=3, or &p=3-4 across a page boundary', () => {
    const base = { fileName: 'report.pdf', cpStart: 812, cpEnd: 870, versionHash: HASH };
    expect(formatLocator({ ...base, page: { first: 3, last: 3 } })).toBe(`\`report.pdf#cp=812-870&p=3\` sha256:${HASH.slice(0, 12)}`);
    expect(formatLocator({ ...base, page: { first: 3, last: 4 } })).toBe(`\`report.pdf#cp=812-870&p=3-4\` sha256:${HASH.slice(0, 12)}`);
    expect(formatLocator(base)).toBe(`\`report.pdf#cp=812-870\` sha256:${HASH.slice(0, 12)}`);
  });

  const rows: Array<{ code: string; expected: ReturnType<typeof parseLocator> }> = [
    { code: 'report.pdf#cp=812-870&p=3', expected: { fileName: 'report.pdf', cpStart: 812, cpEnd: 870, hashPrefix: '02ccfc7f2b3d', page: { first: 3, last: 3 } } },
    { code: 'report.pdf#cp=812-870&p=3-4', expected: { fileName: 'report.pdf', cpStart: 812, cpEnd: 870, hashPrefix: '02ccfc7f2b3d', page: { first: 3, last: 4 } } },
    { code: 'a.txt#cp=1-2', expected: { fileName: 'a.txt', cpStart: 1, cpEnd: 2, hashPrefix: '02ccfc7f2b3d' } },
    { code: 'report.pdf#cp=812-870&p=0', expected: null },
    { code: 'report.pdf#cp=812-870&p=4-3', expected: null },
    { code: 'report.pdf#cp=812-870&p=', expected: null },
  ];
  for (const row of rows) it(`are read back from ${row.code}`, () => expect(parseLocator(row.code, ' sha256:02ccfc7f2b3d')).toEqual(row.expected));
});

describe('verifying quotes of a paged source against its extracted text', () => {
  it('passes a quote on the page its locator names', () => {
    expect(verify(note(footnote('douze navires', '1'), footnote('charbon ont repris', '2'))).map((r) => [r.status, r.detail])).toEqual([
      ['OK', undefined],
      ['OK', undefined],
    ]);
  });

  it('passes a quote across the page boundary named pp. 1–2', () => {
    expect(verify(note(footnote('navires.\nLes exportations', '1-2'))).map((r) => r.status)).toEqual(['OK']);
  });

  it('fails a verbatim quote whose locator names the wrong page', () => {
    const [r] = verify(note(footnote('charbon ont repris', '1')));
    expect(r?.status).toBe('WRONG PAGE');
    expect(r?.detail).toBe('the locator says p. 1, the quote is on p. 2 of the source');
  });

  it('fails a quote that claims one page but runs onto the next', () => {
    expect(verify(note(footnote('navires.\nLes exportations', '1')))[0]?.detail).toBe('the locator says p. 1, the quote is on pp. 1–2 of the source');
  });

  it('says the page was not checked when the source text records no pages', () => {
    const [r] = verify(note(footnote('douze navires', '1')), TEXT);
    expect([r?.status, r?.detail]).toEqual(['OK', 'page p. 1 not checked: the source text given records no pages']);
  });

  it('still reports a changed quote as a mismatch before any page', () => {
    expect(verify(note(footnote('douze navires', '1').replace('« douze', '« treize'))).map((r) => r.status)).toEqual(['MISMATCH']);
  });
});

describe('the extracted texts of a self-contained export', () => {
  const cited = [
    { fileName: 'report.pdf', text: TEXT, sha256: HASH, format: 'pdf' as const, pageStarts: PAGE_STARTS },
    { fileName: 'notes.txt', text: 'Texte brut.\n', sha256: 'a'.repeat(64), format: 'text' as const },
    { fileName: 'legacy.md', text: '# Ancien\n', sha256: 'b'.repeat(64) },
    // A second version of report.pdf: one text per name, the first.
    { fileName: 'report.pdf', text: 'autre', sha256: 'c'.repeat(64), format: 'pdf' as const },
  ];
  const files = extractedTextFiles(cited);

  it('puts a PDF’s text in <name>.txt, a text file under its own name, and a manifest with every SHA-256', () => {
    expect(files.map((f) => f.path)).toEqual(['sources/report.pdf.txt', 'sources/notes.txt', 'sources/legacy.md', `sources/${MANIFEST_NAME}`]);
    expect(files[0]!.content).toBe(TEXT);
    expect(JSON.parse(files[3]!.content)).toEqual({
      format: 'verbatim-extracted-texts',
      version: 1,
      texts: [
        { fileName: 'report.pdf', textFile: 'report.pdf.txt', sha256: HASH, format: 'pdf', pageStarts: PAGE_STARTS },
        { fileName: 'notes.txt', textFile: 'notes.txt', sha256: 'a'.repeat(64), format: 'text' },
        { fileName: 'legacy.md', textFile: 'legacy.md', sha256: 'b'.repeat(64), format: 'text' },
      ],
    });
  });

  it('reads its manifest back', () => {
    const parsed = parseExtractedTextsManifest(files[3]!.content);
    expect(parsed.ok && parsed.entries.map((e) => e.textFile)).toEqual(['report.pdf.txt', 'notes.txt', 'legacy.md']);
  });

  const hostile: Array<[string, string, RegExp]> = [
    ['a text file outside the folder', JSON.stringify({ format: 'verbatim-extracted-texts', version: 1, texts: [{ fileName: 'a.pdf', textFile: '../../etc/passwd', sha256: HASH, format: 'pdf' }] }), /plain file name/],
    ['pages that do not start at 0', JSON.stringify({ format: 'verbatim-extracted-texts', version: 1, texts: [{ fileName: 'a.pdf', textFile: 'a.pdf.txt', sha256: HASH, format: 'pdf', pageStarts: [5, 10] }] }), /do not start at 0/],
    ['pages out of order', JSON.stringify({ format: 'verbatim-extracted-texts', version: 1, texts: [{ fileName: 'a.pdf', textFile: 'a.pdf.txt', sha256: HASH, format: 'pdf', pageStarts: [0, 10, 5] }] }), /not in order/],
    ['not JSON', '{', /not JSON/],
    ['another format', JSON.stringify({ format: 'x', version: 1, texts: [] }), /format/],
  ];
  for (const [name, json, reason] of hostile) it(`refuses a manifest with ${name}`, () => expect(parseExtractedTextsManifest(json)).toMatchObject({ ok: false, reason: expect.stringMatching(reason) }));
});

describe('npm run verify on an export folder holding a PDF’s extracted text', () => {
  it('checks each quote and its page against the text the manifest lists, without the PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verify-pages-'));
    mkdirSync(join(dir, 'sources'));
    for (const f of extractedTextFiles([{ fileName: 'report.pdf', text: TEXT, sha256: HASH, format: 'pdf', pageStarts: PAGE_STARTS }])) writeFileSync(join(dir, f.path), f.content);
    writeFileSync(join(dir, 'note.md'), note(footnote('douze navires', '1'), footnote('charbon ont repris', '1')));
    let out = '';
    let code = 0;
    try {
      out = (await promisify(execFile)('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tools/verify.ts', dir], { cwd: REPO_ROOT, encoding: 'utf8' })).stdout;
    } catch (error) {
      ({ stdout: out, code } = error as { code: number; stdout: string });
    }
    const { cpStart, cpEnd } = cpRange('charbon ont repris');
    expect(out).toMatch(/^OK .*report\.pdf#cp=\d+-\d+$/m);
    expect(out).toContain(`WRONG PAGE ${join(dir, 'note.md')} [^2] report.pdf#cp=${cpStart}-${cpEnd} — the locator says p. 1, the quote is on p. 2 of the source`);
    expect(out).toMatch(/^1 passed, 1 failed$/m);
    expect(code).toBe(1);
    rmSync(dir, { recursive: true });
  }, 30_000);
});
