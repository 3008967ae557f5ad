import type { PassageLocator } from './locator';

/** A passage given as evidence for an event, with what it says about it when the notebook knows. */
export interface EventEvidence extends PassageLocator {
  /** e.g. 'supports', 'contradicts'. */
  readonly stance?: string;
  /** Who the passage reports as saying it. */
  readonly who?: string;
}

/** @deprecated Use EventEvidence (the same shape, with stance and who optional). */
export type EventEvidenceLocator = EventEvidence;

export interface ResolvedEvent {
  readonly title: string;
  readonly dateLabel: string;
  readonly evidence: readonly EventEvidence[];
}

/**
 * What the export needs from the notebook, whatever holds it (Dexie in the app, plain maps in tools
 * and tests). null means "no longer known": the export falls back on the copy kept in the note and
 * writes no locator, since it could not vouch for one.
 */
export interface ExportContext {
  resolvePassage(passageId: string): PassageLocator | null;
  resolveEvent(eventId: string): ResolvedEvent | null;
}
