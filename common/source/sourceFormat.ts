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
export function refuseSize(format: SourceFormat, byteSize: number): string | null {
  const limit = MAX_BYTES[format];
  if (byteSize <= limit) return null;
  return `the file is too large (${formatMiB(byteSize)}; the limit for ${FORMAT_NAMES[format]} is ${formatMiB(limit)})`;
}

export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  text: 'text files',
  markdown: 'Markdown files',
  html: 'web pages',
  pdf: 'PDF files',
  docx: 'Word files',
};

function formatMiB(bytes: number): string {
  const mib = bytes / MIB;
  return `${mib >= 10 ? Math.round(mib) : mib.toFixed(1)} MB`;
}
