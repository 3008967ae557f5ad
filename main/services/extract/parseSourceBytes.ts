import { decodeSourceBytes } from '@common/text/decode';
import { refuseNonText } from '@common/text/refuseNonText';
import { normalizeSourceText } from '@common/text/normalize';
import { deriveHeading, MAX_TITLE_LENGTH } from '@common/source/deriveTitle';
import { guessLanguage } from '@common/source/guessLanguage';
import { joinPages } from '@common/source/pagedText';
import { displayFileName } from '@common/source/displayFileName';
import { formatOfFileName, refuseSize, type SourceFormat } from '@common/source/sourceFormat';
import type { SourceMetadata } from '@common/source/metadata';
import type { PartialDate } from '@common/dates/partialDate';
import type { ImportFailure, ParsedSource } from '@common/source/types';
import { sha256Hex } from '../sha256';
import { extractPdf, PdfRefused } from './extractPdf';
import { DocxRefused } from './docxArchive';
import { fileReason, sayMessage } from '../mainText';

// The web page and Word readers (linkedom, Readability, mammoth) load on first use: a start that
// imports only the seeds' text never pays for them. pdf.js is loaded the same way inside extractPdf.
const loadHtmlReader = () => import('./extractHtml');
const loadDocxReader = () => import('./extractDocx');

/** What an extractor hands on: the text (not yet normalized) and what the file says about itself. */
interface Extracted {
  readonly text: string;
  readonly encoding: ParsedSource['encoding'];
  readonly replacedBytes: number;
  readonly title?: string;
  readonly date?: PartialDate;
  readonly meta?: SourceMetadata;
  readonly pageStarts?: readonly number[];
}

class Refused extends Error {}

function decodeText(bytes: Uint8Array): Extracted {
  const decoded = decodeSourceBytes(bytes);
  if (!decoded.ok) throw new Refused(sayMessage(decoded.reason));
  const notText = refuseNonText(decoded.text);
  if (notText) throw new Refused(sayMessage(notText));
  return { text: decoded.text, encoding: decoded.encoding, replacedBytes: decoded.replaced };
}

function cutTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= MAX_TITLE_LENGTH ? title : `${chars.slice(0, MAX_TITLE_LENGTH).join('').trimEnd()}…`;
}

async function extract(format: SourceFormat, bytes: Uint8Array): Promise<Extracted> {
  switch (format) {
    case 'text':
    case 'markdown':
      return decodeText(bytes);
    case 'html': {
      const decoded = decodeText(bytes);
      const { extractHtml } = await loadHtmlReader();
      const { text, metadata } = extractHtml(decoded.text);
      const meta: SourceMetadata = {
        type: 'webpage',
        ...(metadata.outlet ? { outlet: metadata.outlet } : {}),
        ...(metadata.authors ? { authors: metadata.authors } : {}),
        ...(metadata.url ? { url: metadata.url } : {}),
      };
      return { ...decoded, text, meta, ...(metadata.title ? { title: metadata.title } : {}), ...(metadata.date ? { date: metadata.date } : {}) };
    }
    case 'pdf': {
      if (!includesEarly(bytes, '%PDF-')) throw new Refused(fileReason('notAPdf'));
      const pdf = await extractPdf(bytes);
      const { text, pageStarts } = joinPages(pdf.pages);
      if (text.trim() === '') throw new Refused(fileReason('pdfNoTextLayer'));
      return {
        text,
        pageStarts,
        encoding: 'utf-8',
        replacedBytes: 0,
        ...(pdf.title ? { title: pdf.title } : {}),
        ...(pdf.author ? { meta: { authors: [pdf.author] } } : {}),
      };
    }
    case 'docx': {
      const { extractDocx } = await loadDocxReader();
      const docx = await extractDocx(bytes);
      return {
        text: docx.text,
        encoding: 'utf-8',
        replacedBytes: 0,
        ...(docx.title ? { title: docx.title } : {}),
        ...(docx.authors ? { meta: { authors: docx.authors } } : {}),
      };
    }
  }
}

/** PDF readers accept the header anywhere in the first kilobyte (some files start with junk). */
function includesEarly(bytes: Uint8Array, magic: string): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).includes(magic, 0, 'latin1');
}

/**
 * Turns the bytes of one file into a source, or says why it cannot be one. `fileName` decides the
 * format; `identityPath` is what tells this file from another (see sourceIdentity). Nothing thrown
 * by a parser escapes: a hostile file is one failure in the report, and the rest of the batch imports.
 */
export async function parseSourceBytes(bytes: Uint8Array, fileName: string, identityPath: string): Promise<ParsedSource | ImportFailure> {
  const shownName = displayFileName(fileName);
  const format = formatOfFileName(fileName);
  const tooLarge = refuseSize(format, bytes.length);
  if (tooLarge) return { fileName: shownName, reason: sayMessage(tooLarge) };
  let extracted: Extracted;
  try {
    extracted = await extract(format, bytes);
  } catch (error) {
    if (error instanceof Refused || error instanceof PdfRefused || error instanceof DocxRefused) return { fileName: shownName, reason: error.message };
    return { fileName: shownName, reason: fileReason('couldNotBeRead', { message: error instanceof Error ? error.message : String(error) }) };
  }
  // PDF text is normalized page by page already, and normalizing again changes nothing.
  const text = normalizeSourceText(extracted.text);
  if (text.trim() === '') return { fileName: shownName, reason: fileReason(format === 'text' || format === 'markdown' ? 'onlyWhiteSpace' : 'noText') };
  const heading = deriveHeading(text, shownName);
  // A Markdown title line is a heading: its `#` marks are syntax, not part of the title.
  const derivedTitle = format === 'markdown' ? heading.title.replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#+$/, '') || heading.title : heading.title;
  return {
    fileName: shownName,
    path: identityPath,
    title: extracted.title ? cutTitle(extracted.title) : derivedTitle,
    date: extracted.date ?? heading.date,
    language: guessLanguage(text),
    byteSize: bytes.length,
    encoding: extracted.encoding,
    replacedBytes: extracted.replacedBytes,
    text,
    hash: sha256Hex(text),
    format,
    ...(extracted.pageStarts ? { pageStarts: extracted.pageStarts } : {}),
    ...(extracted.meta && Object.keys(extracted.meta).length > 0 ? { meta: extracted.meta } : {}),
  };
}
