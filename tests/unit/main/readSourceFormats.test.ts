import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../support/paths';

// Spy on reads: a file over the limit must be refused from its size, without being read.
const reads = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...original,
    readFile: (async (path: Parameters<typeof original.readFile>[0], ...rest: unknown[]) => {
      reads.paths.push(String(path));
      return (original.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof original.readFile,
  };
});

const { readSourceFiles } = await import('../../../main/services/readSourceFiles');

const dir = mkdtempSync(join(tmpdir(), 'verbatim-formats-'));
const fixture = (name: string) => join(REPO_ROOT, 'tests/fixtures/formats', name);

/** A file that says it holds `size` bytes without taking the disk space (sparse). */
function sparseFile(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

beforeEach(() => {
  reads.paths.length = 0;
});

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('reading a batch of mixed formats', { timeout: 60_000 }, () => {
  it('imports text, Markdown, HTML, PDF and Word files, each with its format, and reports the broken one', async () => {
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, '%PDF-1.4\ngarbage that no parser can read\n%%EOF\n');
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'Une note\n\nSon texte.\n');
    const batch = await readSourceFiles([note, fixture('field-notes.md'), fixture('news-page.html'), broken, fixture('two-pages.pdf'), fixture('report.docx')], 'files');
    expect(batch.sources.map((s) => [s.fileName, s.format, s.title])).toEqual([
      ['note.txt', 'text', 'Une note'],
      ['field-notes.md', 'markdown', 'Notes de terrain : impasse Ronsin'],
      ['news-page.html', 'html', 'Le procès Steinheil s’ouvre à Paris'],
      ['two-pages.pdf', 'pdf', 'Rapport du commissaire Hamard'],
      ['report.docx', 'docx', 'Chronologie de l’affaire'],
    ]);
    expect(batch.failures).toEqual([{ fileName: 'broken.pdf', reason: 'the file is not a readable PDF (it is damaged or not a PDF)' }]);
    const html = batch.sources.find((s) => s.format === 'html')!;
    expect(html.date).toEqual({ iso: '1909-11-03', precision: 'day' });
    expect(html.meta).toEqual({ type: 'webpage', outlet: 'La Gazette du Soir', authors: ['Marie Lefort', 'Paul Besnard'], url: 'https://gazette.example/2024/11/proces-steinheil' });
  });
});

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('hostile files', { timeout: 60_000 }, () => {
  it('refuses a 200 MB PDF from its size, without reading it', async () => {
    const path = sparseFile('huge.pdf', 200 * 1024 * 1024);
    const batch = await readSourceFiles([path], 'files');
    expect(batch.failures).toEqual([{ fileName: 'huge.pdf', reason: 'the file is too large (200 MB; the limit for PDF files is 100 MB)' }]);
    expect(reads.paths).not.toContain(path);
  });

  it('refuses a 200 MB text file the same way', async () => {
    const path = sparseFile('huge.txt', 200 * 1024 * 1024);
    const batch = await readSourceFiles([path], 'files');
    expect(batch.failures).toEqual([{ fileName: 'huge.txt', reason: 'the file is too large (200 MB; the limit for text files is 16 MB)' }]);
    expect(reads.paths).not.toContain(path);
  });

  // Controls (the tab too) are removed, the right-to-left override with them; a long name is cut to 120 code points.
  it('imports files with odd names under a name that shows what they are', async () => {
    const names = ['bell\u0007 and tab\t.txt', 'facture\u202Etxt.md', `${'long '.repeat(48)}name.pdf`];
    const paths = names.map((name) => {
      const path = join(dir, name);
      if (name.endsWith('.pdf')) copyFileSync(fixture('two-pages.pdf'), path);
      else writeFileSync(path, `Texte de ${name.length} caractères\n`);
      return path;
    });
    const batch = await readSourceFiles(paths, 'files');
    expect(batch.failures).toEqual([]);
    expect(batch.sources.map((s) => s.fileName)).toEqual(['bell and tab.txt', 'facturetxt.md', `${'long '.repeat(22)}long….pdf`]);
    // The path keeps the name as it is on disk: importing the same file again finds the same source.
    expect(batch.sources.map((s) => s.path)).toEqual(paths);
  });
});
