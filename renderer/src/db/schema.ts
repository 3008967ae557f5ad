import type { PartialDate } from '@common/dates/partialDate';

/** A source: one document of the corpus, stable across its versions. */
export interface SourceRow {
  id: string; // UUID
  fileName: string;
  title: string;
  language: string;
  date: PartialDate | null;
  byteSize: number;
  /** Hash of the current version. */
  hash: string;
  importedAt: string; // ISO timestamp of the first import
  updatedAt: string;
}

/** One text of a source, never overwritten: passages re-anchor from an old version to a new one. */
export interface SourceVersionRow {
  hash: string; // SHA-256 hex of `text`, primary key
  sourceId: string;
  text: string;
  importedAt: string;
}
