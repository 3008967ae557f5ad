import { describe, expect, it } from 'vitest';
import { formatOfFileName, refuseSize } from '@common/source/sourceFormat';
import { sayMessage } from '../support/sayMessage';

describe('formatOfFileName', () => {
  const rows: Array<[string, string]> = [
    ['note.txt', 'text'],
    ['README.MD', 'markdown'],
    ['page.htm', 'html'],
    ['Page.HTML', 'html'],
    ['scan.pdf', 'pdf'],
    ['rapport.docx', 'docx'],
    ['archive.tar.gz', 'text'],
    ['.hidden', 'text'],
    ['no-extension', 'text'],
  ];
  for (const [name, format] of rows) it(`${name} is read as ${format}`, () => expect(formatOfFileName(name)).toBe(format));
});

describe('refuseSize', () => {
  it('accepts a PDF of 100 MB and refuses one of 200 MB with both sizes in words', () => {
    expect(refuseSize('pdf', 100 * 1024 * 1024)).toBeNull();
    expect(sayMessage(refuseSize('pdf', 200 * 1024 * 1024))).toBe('the file is too large (200 MB; the limit for PDF files is 100 MB)');
  });
  it('holds text to 16 MB', () => {
    expect(sayMessage(refuseSize('text', 16 * 1024 * 1024 + 1))).toBe('the file is too large (16 MB; the limit for text files is 16 MB)');
  });
  it('says it in French', () => {
    expect(sayMessage(refuseSize('docx', 200 * 1024 * 1024), 'fr')).toBe('le fichier est trop volumineux (200\u00a0Mo\u00a0; la limite pour les fichiers Word est de 100\u00a0Mo)');
    expect(sayMessage(refuseSize('text', 16.5 * 1024 * 1024), 'fr')).toBe('le fichier est trop volumineux (17\u00a0Mo\u00a0; la limite pour les fichiers texte est de 16\u00a0Mo)');
  });
});
