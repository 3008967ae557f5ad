import { z } from 'zod';

/**
 * The extracted text of each cited source version, as a self-contained export's `sources/` holds it,
 * so a quote can be verified without the extractor that made the text (pdf.js, mammoth…):
 * - a text or Markdown source is its stored text under its own name, as before;
 * - any other format (PDF, Word, HTML) is its extracted text in `<file name>.txt`, since a file named
 *   `report.pdf` that is not a PDF would mislead;
 * - `MANIFEST_NAME` lists every text with its SHA-256 (that of the file's UTF-8 bytes, the version's
 *   hash: `sha256sum` checks it by hand) and, for paged sources, where each page begins.
 */
export const MANIFEST_NAME = 'verbatim-extracted-texts.json';
const MANIFEST_FORMAT = 'verbatim-extracted-texts';

export type SourceFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export interface CitedText {
  readonly fileName: string;
  readonly text: string;
  /** SHA-256 hex of `text` (the version's hash). */
  readonly sha256: string;
  readonly format?: SourceFormat;
  readonly pageStarts?: readonly number[];
}

export interface ManifestEntry {
  readonly fileName: string;
  /** The file in `sources/` holding the text. */
  readonly textFile: string;
  readonly sha256: string;
  readonly format: SourceFormat;
  readonly pageStarts?: readonly number[];
}

/** Where the text of a source goes in `sources/`: its own name when it is text already. */
export function textFileName(fileName: string, format: SourceFormat | undefined): string {
  return format === undefined || format === 'text' || format === 'markdown' ? fileName : `${fileName}.txt`;
}

/**
 * The files of `sources/` for the cited texts, the manifest last. One text per file name: a note
 * citing two versions of one file gets the first, and verify names the other as changed.
 */
export function extractedTextFiles(cited: readonly CitedText[]): Array<{ path: string; content: string }> {
  const files: Array<{ path: string; content: string }> = [];
  const entries: ManifestEntry[] = [];
  const names = new Set<string>();
  for (const c of cited) {
    // The manifest's own name cannot also be a source's text file.
    const textFile = textFileName(c.fileName, c.format);
    if (names.has(c.fileName) || textFile === MANIFEST_NAME) continue;
    names.add(c.fileName);
    files.push({ path: `sources/${textFile}`, content: c.text });
    entries.push({ fileName: c.fileName, textFile, sha256: c.sha256, format: c.format ?? 'text', ...(c.pageStarts ? { pageStarts: c.pageStarts } : {}) });
  }
  if (entries.length > 0) files.push({ path: `sources/${MANIFEST_NAME}`, content: `${JSON.stringify({ format: MANIFEST_FORMAT, version: 1, texts: entries }, null, 2)}\n` });
  return files;
}

/** A plain file name inside `sources/`: nothing the manifest names may lead out of the folder. */
const plainName = z.string().min(1).max(255).refine((n) => !/[/\\\u0000-\u001f]/.test(n) && n !== '.' && n !== '..', 'must be a plain file name');

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  texts: z.array(
    z.object({
      fileName: plainName,
      textFile: plainName,
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx']),
      pageStarts: z.array(z.number().int().nonnegative()).optional(),
    }),
  ),
});

/** Reads a manifest; a message instead when it is not one (verify then says so and reads no text through it). */
export function parseExtractedTextsManifest(json: string): { ok: true; entries: ManifestEntry[] } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'it is not JSON' };
  }
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'manifest'}: ${i.message}`).join('; ') };
  for (const t of parsed.data.texts) {
    const starts = t.pageStarts ?? [];
    if (starts.length > 0 && starts[0] !== 0) return { ok: false, reason: `the pages of ${t.fileName} do not start at 0` };
    for (let i = 1; i < starts.length; i++) if (starts[i]! < starts[i - 1]!) return { ok: false, reason: `the page starts of ${t.fileName} are not in order` };
  }
  return { ok: true, entries: parsed.data.texts };
}
