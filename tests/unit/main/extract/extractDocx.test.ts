import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSourceBytes } from '../../../../main/services/extract/parseSourceBytes';
import { DOCX_MAX_UNCOMPRESSED } from '../../../../main/services/extract/docxArchive';
import { REPO_ROOT } from '../../../support/paths';

const fixture = (name: string) => readFileSync(join(REPO_ROOT, 'tests/fixtures/formats', name));

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('a Word file with headings', { timeout: 60_000 }, () => {
  it('becomes its headings, paragraphs and list, with the title and author of its properties', async () => {
    expect(await parseSourceBytes(fixture('report.docx'), 'report.docx', '/docs/report.docx')).toMatchObject({
      format: 'docx',
      title: 'Chronologie de l’affaire',
      meta: { authors: ['Service des archives'] },
      // Written by hand from makeReportDocx.ts.
      text: [
        'Chronologie de l’affaire Steinheil',
        'Mai 1908',
        'Le 31 mai, double meurtre impasse Ronsin.',
        'Novembre 1908',
        'Arrestation de Marguerite Steinheil.',
        'Les suites',
        '- instruction confiée au juge André ;\n- procès en novembre 1909.',
      ].join('\n\n'),
    });
  });
});

/** The fixture's own parts, with `word/document.xml` replaced. */
function docxWithDocument(documentXml: Uint8Array, level: 0 | 9 = 9): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': [documentXml, { level }] });
}

/** Sets the declared uncompressed size of every entry in a zip's central directory (what a lying header says). */
function claimSize(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

// Loading pdf.js, mammoth or Readability the first time takes seconds on a loaded machine.
describe('hostile Word files', { timeout: 60_000 }, () => {
  it('refuses a zip bomb from its headers, before inflating it', async () => {
    // 8 MB of one byte deflates to about 8 kB: a ratio of about 1:1000 (a real bomb nests or repeats this).
    const bomb = docxWithDocument(new Uint8Array(8 * 1024 * 1024));
    const result = await parseSourceBytes(bomb, 'bomb.docx', '/bomb.docx');
    expect(result).toEqual({ fileName: 'bomb.docx', reason: expect.stringMatching(/^its part word\/document\.xml expands \d+ times \(a zip bomb\?\)$/) });
  }, 30_000);

  it('refuses an archive whose headers claim more than the limit in all', async () => {
    const zip = claimSize(docxWithDocument(strToU8('<w:document/>'), 0), DOCX_MAX_UNCOMPRESSED + 1);
    expect(await parseSourceBytes(zip, 'huge.docx', '/huge.docx')).toEqual({ fileName: 'huge.docx', reason: 'it would unpack to more than 256 MB (a zip bomb?)' });
  });

  it('refuses a file that is not a zip, and a zip that is not a Word document', async () => {
    expect(await parseSourceBytes(strToU8('plain text'), 'fake.docx', '/fake.docx')).toEqual({ fileName: 'fake.docx', reason: 'the file is not a readable Word document (it is not a valid .docx archive)' });
    expect(await parseSourceBytes(zipSync({ 'a.txt': strToU8('a') }), 'other.docx', '/other.docx')).toEqual({ fileName: 'other.docx', reason: 'the file is not a Word document (it has no word/document.xml)' });
  });

  it('reports a Word document whose XML is broken', async () => {
    const result = await parseSourceBytes(docxWithDocument(strToU8('<w:document><w:body>')), 'broken.docx', '/broken.docx');
    expect(result).toEqual({ fileName: 'broken.docx', reason: expect.stringMatching(/^the Word document could not be read \(/) });
  });
});
