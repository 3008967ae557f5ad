import mammoth from 'mammoth';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, type Unzipped } from 'fflate';
import { parseHTML } from 'linkedom';
import { htmlBlocksToText, type ParsedPage } from './htmlBlocks';
import { DocxRefused, repackStored, unpackDocx } from './docxArchive';
import { fileReason } from '../mainText';

export interface ExtractedDocx {
  /** Paragraphs and headings, a blank line apart; list items one per line. */
  readonly text: string;
  /** From the document's properties (docProps/core.xml), when filled in. */
  readonly title?: string;
  readonly authors?: readonly string[];
}

/** Word's own Title and Subtitle styles are headings to a reader, not body paragraphs. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

function coreProperties(files: Unzipped): { title?: string; authors?: string[] } {
  const core = files['docProps/core.xml'];
  if (!core) return {};
  try {
    const parsed = new XMLParser({ removeNSPrefix: true, processEntities: true, htmlEntities: false }).parse(strFromU8(core)) as {
      coreProperties?: { title?: unknown; creator?: unknown };
    };
    const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).replace(/\s+/g, ' ').trim().slice(0, 500) : '');
    const title = text(parsed.coreProperties?.title);
    const creator = text(parsed.coreProperties?.creator);
    return { ...(title ? { title } : {}), ...(creator ? { authors: [creator] } : {}) };
  } catch {
    return {};
  }
}

/** The text of a Word file, through mammoth (paragraphs, headings and lists; no pictures, no external files). */
export async function extractDocx(bytes: Uint8Array): Promise<ExtractedDocx> {
  const files = unpackDocx(bytes);
  if (!files['word/document.xml']) throw new DocxRefused('the file is not a Word document (it has no word/document.xml)');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(repackStored(files)) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Pictures are never read: only text is stored.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new DocxRefused(fileReason('docxCouldNotBeRead', { message: error instanceof Error ? error.message : String(error) }));
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as ParsedPage;
  const text = document.body ? htmlBlocksToText(document.body) : '';
  return { text, ...coreProperties(files) };
}
