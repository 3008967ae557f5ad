import { unzipSync, zipSync, type Unzipped } from 'fflate';
import { fileReason } from '../mainText';

/** A Word file is a zip of XML parts; these bounds are far above any real document. */
export const DOCX_MAX_ENTRIES = 5_000;
export const DOCX_MAX_UNCOMPRESSED = 256 * 1024 * 1024;
/**
 * Deflate reaches about 1:1000 on runs of one byte; XML text compresses about 1:10 to 1:30. An entry
 * above 1 MB that claims more than 1:200 is a bomb, not a document.
 */
export const DOCX_MAX_RATIO = 200;
const RATIO_CHECKED_FROM = 1024 * 1024;

export class DocxRefused extends Error {}

/**
 * Unpacks a .docx after judging it by its headers: entry count, declared total size and each entry's
 * compression ratio are checked before a byte is inflated, and each entry inflates into a buffer of
 * its declared size, so a header that lies cannot make it grow past it.
 */
export function unpackDocx(bytes: Uint8Array): Unzipped {
  let entries = 0;
  let declared = 0;
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        entries++;
        declared += file.originalSize;
        if (entries > DOCX_MAX_ENTRIES) throw new DocxRefused(fileReason('docxTooManyParts', { parts: DOCX_MAX_ENTRIES }));
        if (declared > DOCX_MAX_UNCOMPRESSED) throw new DocxRefused(fileReason('docxTooLarge', { megabytes: DOCX_MAX_UNCOMPRESSED / 1024 / 1024 }));
        if (file.originalSize > RATIO_CHECKED_FROM && file.originalSize > DOCX_MAX_RATIO * Math.max(file.size, 1)) {
          throw new DocxRefused(fileReason('docxPartExpands', { part: file.name, times: Math.round(file.originalSize / Math.max(file.size, 1)) }));
        }
        // Pictures, fonts and embedded files hold no text we read.
        return !/^word\/(media|embeddings|fonts)\//.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof DocxRefused) throw error;
    throw new DocxRefused('the file is not a readable Word document (it is not a valid .docx archive)');
  }
}

/**
 * The checked parts packed again without compression: the Word reader then only copies bytes, it
 * never inflates anything we have not measured.
 */
export function repackStored(files: Unzipped): Uint8Array {
  return zipSync(files, { level: 0 });
}
