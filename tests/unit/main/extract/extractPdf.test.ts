import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseSourceBytes } from '../../../../main/services/extract/parseSourceBytes';
import { pageTextFromItems } from '../../../../main/services/extract/extractPdf';
import { REPO_ROOT } from '../../../support/paths';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/formats', name));

// Written by hand from makeTwoPagePdf.ts: each drawn line, a blank line where the layout leaves a gap.
const PAGE_1 = 'Rapport du commissaire Hamard\n\nLe 31 mai 1908, à six heures du matin, le valet de chambre\na trouvé M. Steinheil et Mme Japy sans vie.\n\nMme Steinheil était attachée sur son lit.';
const PAGE_2 = 'Constatations\n\nAucune trace d’effraction n’a été relevée.';

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('a two-page PDF', { timeout: 60_000 }, () => {
  it('becomes its text layer in reading order, pages a blank line apart, with where each page begins', async () => {
    const source = await parseSourceBytes(fixture('two-pages.pdf'), 'two-pages.pdf', '/docs/two-pages.pdf');
    expect(source).toMatchObject({
      fileName: 'two-pages.pdf',
      format: 'pdf',
      text: `${PAGE_1}\n\n${PAGE_2}`,
      // Page 2 begins after page 1 and the blank line, counted in code points.
      pageStarts: [0, Array.from(PAGE_1).length + 2],
      title: 'Rapport du commissaire Hamard',
      meta: { authors: ['Commissaire Hamard'] },
      language: 'fr',
    });
  });
});

async function pdfWith(draw: (doc: PDFDocument) => Promise<void>): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await draw(doc);
  return doc.save();
}

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('PDFs that cannot be read', { timeout: 60_000 }, () => {
  it('says a PDF without a text layer has none (no OCR)', async () => {
    const bytes = await pdfWith(async (doc) => {
      doc.addPage([200, 200]).drawRectangle({ x: 10, y: 10, width: 100, height: 100 });
    });
    expect(await parseSourceBytes(bytes, 'scan.pdf', '/scan.pdf')).toEqual({
      fileName: 'scan.pdf',
      reason: 'the PDF has no text layer (a scanned image?); Verbatim reads the text of PDFs and does not recognise text in images',
    });
  });

  it('reports a PDF the parser throws on, without throwing itself', async () => {
    expect(await parseSourceBytes(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF'), 'broken.pdf', '/broken.pdf')).toEqual({
      fileName: 'broken.pdf',
      reason: 'the file is not a readable PDF (it is damaged or not a PDF)',
    });
  });

  it('refuses a file named .pdf that is no PDF at all before parsing it', async () => {
    expect(await parseSourceBytes(Buffer.from('<html>not a pdf</html>'), 'page.pdf', '/page.pdf')).toEqual({
      fileName: 'page.pdf',
      reason: 'the file is not a PDF (it does not begin with %PDF-)',
    });
  });

  it('reports a truncated PDF', async () => {
    const whole = fixture('two-pages.pdf');
    const result = await parseSourceBytes(whole.subarray(0, 600), 'cut.pdf', '/cut.pdf');
    expect(result).toEqual({ fileName: 'cut.pdf', reason: expect.stringMatching(/^(the file is not a readable PDF|the PDF could not be read|the PDF has no text layer)/) });
  });

  it('still reads a PDF whose text uses a font it cannot embed in the page', async () => {
    const bytes = await pdfWith(async (doc) => {
      const font = await doc.embedFont(StandardFonts.TimesRoman);
      doc.addPage([300, 200]).drawText('Deux mots', { x: 20, y: 100, size: 12, font });
    });
    expect(await parseSourceBytes(bytes, 'times.pdf', '/times.pdf')).toMatchObject({ text: 'Deux mots', pageStarts: [0] });
  });
});

describe('pageTextFromItems', () => {
  const item = (str: string, y: number, hasEOL: boolean, height = 10) => ({ str, transform: [1, 0, 0, 1, 0, y], height, hasEOL });
  it('joins runs, breaks lines where pdf.js ends them, and starts a paragraph after a wide gap', () => {
    expect(pageTextFromItems([item('Un ', 100, false), item('deux', 100, true), item('trois', 88, true), item('quatre', 50, false)])).toBe('Un deux\ntrois\n\nquatre');
  });
  it('does not double a blank line the PDF already has', () => {
    expect(pageTextFromItems([item('a', 100, true), item('', 0, true), item('b', 40, false)])).toBe('a\n\nb');
  });
});
