import type { PartialDate } from '../dates/partialDate';
import type { TextEncodingName } from '../text/decode';
import type { SourceMetadata } from './metadata';
import type { SourceFormat } from './sourceFormat';

/** A file main has read and turned into a would-be source; the renderer stores it. */
export interface ParsedSource {
  readonly fileName: string;
  /**
   * Where the file was read: the absolute path of an imported file, `seeds/<name>` for a seed.
   * With the hash it decides whether a file is a source already known (see importSources).
   */
  readonly path: string;
  readonly title: string;
  readonly language: string;
  readonly date: PartialDate | null;
  readonly byteSize: number;
  readonly encoding: TextEncodingName;
  /** Invalid UTF-8 sequences replaced by U+FFFD while decoding (0 for a clean file). */
  readonly replacedBytes: number;
  /** Normalized text (LF, NFC): every offset in the app points into this. */
  readonly text: string;
  /** SHA-256 (hex) of `text` encoded as UTF-8. */
  readonly hash: string;
  /** What the file was (absent on batches made before formats: text). */
  readonly format?: SourceFormat;
  /** For a PDF: code-point offsets in `text` where each page begins (first 0). See ./pagedText. */
  readonly pageStarts?: readonly number[];
  /** What the file itself says about it (a web page's author, site, URL), for a new source. */
  readonly meta?: SourceMetadata;
}

/** A file that could not become a source, and why, in words for the user. */
export interface ImportFailure {
  readonly fileName: string;
  readonly reason: string;
}

export interface ImportBatch {
  readonly origin: 'seeds' | 'files';
  readonly sources: readonly ParsedSource[];
  readonly failures: readonly ImportFailure[];
}
