import { deriveHeading } from '@common/source/deriveTitle';
import { guessLanguage } from '@common/source/guessLanguage';
import type { ImportBatch } from '@common/source/types';
import { normalizeSourceText } from '@common/text/normalize';
import { refuseNonText } from '@common/text/refuseNonText';
import { MAX_SOURCE_BYTES } from './readSourceFiles';
import { sha256Hex } from './sha256';
import { fileReason, sayMessage } from './mainText';

/** What the clipboard holds, as Electron's `clipboard.readText()` / `readHTML()` give it ('' when absent). */
export interface ClipboardContent {
  readonly text: string;
  readonly html: string;
}

/** The system clipboard as a service: Electron reads the real one, the harness a file a test writes. */
export interface ClipboardService {
  read(): Promise<ClipboardContent>;
}

/**
 * HTML carries markup around its text, and is parsed in main in one go: 1 MB took 3.2 s to parse
 * here on a 2-core machine with a load average of 26, so more than 8 MiB (a whole book, not a copied
 * page) is refused before it is parsed rather than hold main for long.
 */
const MAX_CLIPBOARD_HTML = 8 * 1024 * 1024;

/**
 * The clipboard as a would-be source, in the shape of an import batch of one: HTML (when there is
 * any) becomes its readable text, never rendered; plain text is taken as it is. The text is then
 * normalized and hashed as a file's would be, so the same text pasted twice is the same source.
 * Its identity is its text: the name `clipboard-<hash>.txt` and the path `clipboard:<hash>`. The
 * title suggested is the first line; the renderer asks the user for theirs.
 */
export async function clipboardSource(content: ClipboardContent): Promise<ImportBatch> {
  const fail = (reason: string): ImportBatch => ({ origin: 'files', sources: [], failures: [{ fileName: 'clipboard', reason }] });
  if (content.html.length > MAX_CLIPBOARD_HTML) return fail(fileReason('clipboardTooMuchHtml', { length: content.html.length, limit: MAX_CLIPBOARD_HTML }));
  // The HTML parser (linkedom) is loaded on first use, not with main: it is most of main's start time.
  const fromHtml = content.html.trim() === '' ? '' : (await import('./htmlToText')).htmlToText(content.html);
  const raw = fromHtml.trim() !== '' ? fromHtml : content.text;
  if (raw.trim() === '') return fail(fileReason('clipboardNoText'));
  const notText = refuseNonText(raw);
  if (notText) return fail(sayMessage(notText));
  const text = normalizeSourceText(raw);
  const byteSize = Buffer.byteLength(text, 'utf8');
  if (byteSize > MAX_SOURCE_BYTES) return fail(fileReason('clipboardTooLarge', { size: byteSize, limit: MAX_SOURCE_BYTES }));
  const hash = sha256Hex(text);
  const fileName = `clipboard-${hash.slice(0, 12)}.txt`;
  const { title, date } = deriveHeading(text, fileName);
  return {
    origin: 'files',
    sources: [{ fileName, path: `clipboard:${hash}`, title, date, language: guessLanguage(text), byteSize, encoding: 'utf-8', replacedBytes: 0, text, hash }],
    failures: [],
  };
}
