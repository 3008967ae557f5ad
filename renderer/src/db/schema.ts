import type { PartialDate } from '@common/dates/partialDate';
import type { PassageSelector } from '@common/anchor';
import type { EventDate } from '@common/dates/eventDate';
import type { EvidenceStance } from '@common/events/attestation';
import type { SourceMetadata } from '@common/source/metadata';
import type { TextEncodingName } from '@common/text/decode';
import type { SourceFormat } from '@common/source/sourceFormat';

/** A source: one document of the corpus, stable across its versions. */
export interface SourceRow {
  id: string; // UUID
  /** The file's name; several sources may share one (files from different folders). */
  fileName: string;
  /**
   * Where the file was last read: an absolute path, or `seeds/<name>` for a seed. Absent on sources
   * imported before version 6. Importing the same path again gives the source a new version.
   */
  path?: string;
  title: string;
  language: string;
  date: PartialDate | null;
  byteSize: number;
  /** Hash of the current version. */
  hash: string;
  importedAt: string; // ISO timestamp of the first import
  updatedAt: string;
  /** Citation metadata (outlet, authors, URL…), absent on sources nobody described. */
  meta?: SourceMetadata;
  /**
   * When the source was moved to the Trash (ISO time); absent for a source in the library. A trashed
   * source keeps its versions and passages (shown detached) until it is restored or deleted forever.
   * Not indexed: the library filters it out in memory, so no migration was needed.
   */
  deletedAt?: string;
}

/** One text of a source, never overwritten: passages re-anchor from an old version to a new one. */
export interface SourceVersionRow {
  hash: string; // SHA-256 hex of `text`, primary key
  sourceId: string;
  text: string;
  importedAt: string;
  /** Size of the file this version was read from (absent on versions stored before version 6). */
  byteSize?: number;
  /** How its bytes were decoded, and how many bad UTF-8 sequences were replaced. */
  encoding?: TextEncodingName;
  replacedBytes?: number;
  /** Who made this version: the seed corpus, or the user importing a file. Seeds never replace a user's version. */
  origin?: 'seeds' | 'files';
  /** The file it was read from. */
  path?: string;
  /** What the file was: text, Markdown, a web page, a PDF or a Word file (absent: text). Not indexed: no migration. */
  format?: SourceFormat;
  /**
   * For a PDF: the code-point offsets in `text` where each page begins (the first is 0), so a
   * passage can say its page (`p=N` in locators). Absent for unpaged formats.
   */
  pageStarts?: number[];
}

/**
 * How a passage stands against its source's current version: `exact` (cut from it, or found at the
 * same place), `moved` (same text elsewhere), `fuzzy` (a close match, to review), `orphaned` (no
 * acceptable match, to review), `confirmed` (a fuzzy match a person accepted).
 */
export type PassageStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned' | 'confirmed';

/** An exact span of a source, cut from one version and re-anchored to each new one. */
export interface PassageRow {
  id: string; // UUID
  sourceId: string;
  /** Hash of the source version `selector` points into. */
  versionHash: string;
  /** String indices into that version's text, with the exact text and its context. */
  selector: PassageSelector;
  tags: string[];
  memo: string;
  status: PassageStatus;
  /** Anchoring score of the last re-anchoring (1 for exact). */
  score: number;
  /** The exact text before a fuzzy or failed re-anchoring, shown in the review queue. */
  previousExact?: string;
  /** An orphan the user chose to keep: it leaves the review queue. */
  keptOrphan?: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface TagRow {
  name: string;
  color: string; // CSS colour, e.g. '#ffe58a'
  /** What the tag means, as a REFI-QDA code's description brings it (not indexed: no migration). */
  description?: string;
}

/** A note: its Lexical editor state as JSON, with a revision counter that guards concurrent saves. */
export interface NoteRow {
  id: string; // UUID
  title: string;
  /** Serialized Lexical editor state. */
  content: string;
  /** Incremented by every save; a save based on an older revision is a conflict. */
  revision: number;
  /** The window whose editor wrote this content, and when it took it (ms); absent before 2026-11. Not indexed. */
  savedBy?: string;
  capturedAt?: number;
  createdAt: string;
  updatedAt: string;
  /** Set when the note is in the trash. Dexie cannot index null, so a live note has ''. */
  deletedAt: string;
}

/** Derived from a note's content at each save: what it cites, for backlinks. */
export interface NoteLinkRow {
  noteId: string;
  /** A passage id or an event id. */
  targetId: string;
  kind: 'passage' | 'event';
}

/** Something that happened, with a date as precise as its sources allow. */
export interface EventRow {
  id: string; // UUID
  title: string;
  date: EventDate | null;
  place: string;
  description: string;
  /** Entities taking part (people, organisations). */
  actorIds: string[];
  /** The place entity, or '' (the free-text `place` stays for what no entity names). */
  placeId: string;
  createdAt: string;
  updatedAt: string;
}

/** How a passage bears on an event. `attributes`: the passage reports someone's claim (see `who`). */
export type Stance = EvidenceStance;

export interface EvidenceRow {
  id: string; // UUID
  eventId: string;
  passageId: string;
  stance: Stance;
  /** Who says it, for attributions: « KCNA », « M. Lavrov », « Washington ». */
  who: string;
  createdAt: string;
}

export type EntityKind = 'person' | 'organisation' | 'place';

/** Someone or somewhere the sources name, however they spell it. */
export interface EntityRow {
  id: string; // UUID
  name: string;
  kind: EntityKind;
  /** Every spelling to look for (the name is always one). */
  aliases: string[];
  createdAt: string;
}
