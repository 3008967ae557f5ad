import { fileReason } from '../mainText';
/** One run of text as pdf.js gives it: the string, its baseline (transform[5]), height and line end. */
export interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly height: number;
  readonly hasEOL: boolean;
}

/** A gap between lines wider than this many line heights starts a new paragraph. */
const PARAGRAPH_GAP = 1.6;

/**
 * The text of one page in the order of its content stream (pdf.js's reading order): runs joined,
 * a line end where pdf.js sees one, and a blank line where the vertical gap says a paragraph ends.
 */
export function pageTextFromItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let lastY: number | null = null;
  let lastHeight = 0;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    if (item.str !== '') {
      const atLineStart = text.endsWith('\n');
      if (atLineStart && lastY !== null && lastHeight > 0 && lastY - y > PARAGRAPH_GAP * lastHeight && !text.endsWith('\n\n')) text += '\n';
      text += item.str;
      lastY = y;
      if (item.height > 0) lastHeight = item.height;
    }
    if (item.hasEOL) text += '\n';
  }
  return text;
}

export class PdfRefused extends Error {}

function describePdfError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return fileReason('pdfPassword');
  if (name === 'InvalidPDFException') return fileReason('pdfDamaged');
  return fileReason('pdfCouldNotBeRead', { message });
}

/**
 * The text layer of a PDF, page by page. pdf.js (legacy build, the one made for Node) runs here in
 * main, never in the window: no eval, no fonts loaded, no worker fetched from anywhere, no network.
 * A parser error becomes a PdfRefused with words for the report.
 */
export interface ExtractedPdf {
  /** The text of each page, in order. */
  readonly pages: readonly string[];
  /** From the document information dictionary, when filled in. */
  readonly title?: string;
  readonly author?: string;
}

function infoText(info: unknown, key: string): string | undefined {
  const value = (info as Record<string, unknown> | null)?.[key];
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, 500);
  return text === '' ? undefined : text;
}

export async function extractPdf(bytes: Uint8Array): Promise<ExtractedPdf> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes the buffer over: give it a copy so the caller's bytes stay whole.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise> | undefined;
  try {
    pdf = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageTextFromItems(content.items.filter((i): i is typeof i & PdfTextItem => 'str' in i)));
      page.cleanup();
    }
    const { info } = await pdf.getMetadata().catch(() => ({ info: null }));
    const title = infoText(info, 'Title');
    const author = infoText(info, 'Author');
    return { pages, ...(title ? { title } : {}), ...(author ? { author } : {}) };
  } catch (error) {
    throw new PdfRefused(describePdfError(error));
  } finally {
    await (pdf ? pdf.destroy() : task.destroy()).catch(() => undefined);
  }
}
