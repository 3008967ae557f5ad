import type { Message } from '../i18n/message';
/**
 * The kinds of file Verbatim imports. Every one becomes one stored text; `format` says what it was
 * read from, so the reader can show Markdown lightly formatted and a PDF's pages can be named.
 */
export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  pdf: 'pdf',
  docx: 'docx',
};

/** The extensions the import dialog offers, in the order a person reads them. */
export const IMPORT_EXTENSIONS: readonly string[] = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'];

const MIB = 1024 * 1024;

/**
 * The largest file of each format that we read. Text is stored whole, so 16 MiB (hundreds of long
 * articles) is plenty; PDFs and Word files carry fonts and pictures around little text, so they get
 * more room. Anything larger (a 200 MB scan, a video renamed .pdf) is refused before it is read.
 */
export const MAX_BYTES: Readonly<Record<SourceFormat, number>> = {
  text: 16 * MIB,
  markdown: 16 * MIB,
  html: 16 * MIB,
  pdf: 100 * MIB,
  docx: 100 * MIB,
};

/** The largest file of any format: what the drop method may carry at all. */
export const MAX_IMPORT_BYTES = Math.max(...Object.values(MAX_BYTES));

/**
 * The format a file name says it is. Files with no extension or an unknown one are read as text:
 * the decoder then refuses them when they are not (binary content is detected, not guessed from names).
 */
export function formatOfFileName(fileName: string): SourceFormat {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return 'text';
  return BY_EXTENSION[fileName.slice(dot + 1).toLowerCase()] ?? 'text';
}

/** Why a file of `byteSize` bytes is refused before reading, or null when its size is acceptable. */
export function refuseSize(format: SourceFormat, byteSize: number): Message | null {
  const limit = MAX_BYTES[format];
  if (byteSize <= limit) return null;
  return { key: 'fileReasons.tooLarge', values: { size: megabytes(byteSize), kind: { key: FORMAT_NAMES[format] }, limit: megabytes(limit) } };
}

/** What files of each format are called, as catalog keys. */
export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  text: 'fileReasons.kindText',
  markdown: 'fileReasons.kindMarkdown',
  html: 'fileReasons.kindHtml',
  pdf: 'fileReasons.kindPdf',
  docx: 'fileReasons.kindDocx',
};

/** Megabytes as a person reads them: whole from 10 up, one decimal below (the catalog formats it). */
function megabytes(bytes: number): number {
  const mib = bytes / MIB;
  return mib >= 10 ? Math.round(mib) : Math.round(mib * 10) / 10;
}
