import type { StoredNote } from './saveMachine';

/**
 * A draft from the journal: the editor's content of one note in one window, written as the user
 * types, and the revision that content was built on.
 */
export interface Draft {
  readonly noteId: string;
  readonly windowId: string;
  readonly content: string;
  readonly baseRevision: number;
  /** Milliseconds since the epoch. */
  readonly writtenAt: number;
}

/**
 * What to do at start with a draft its window left behind:
 * - `discard`: the stored note already holds these words;
 * - `save`: the note is still at the draft's base revision, so the draft is simply its next save;
 * - `copy`: the note moved on since (another window, a restore) or is gone: keep the draft as a note
 *   of its own rather than overwrite either side.
 */
export type Recovery = 'discard' | 'save' | 'copy';

/** The stored note, with who wrote its content and when that content left the editor. */
export interface StoredForRecovery extends StoredNote {
  readonly savedBy?: string | undefined;
  readonly capturedAt?: number | undefined;
}

export function recoveryFor(draft: Draft, stored: StoredForRecovery | undefined): Recovery {
  if (!stored) return draft.content === '' ? 'discard' : 'copy';
  if (draft.content === stored.content) return 'discard';
  // The same window saved after this draft was written: that save holds everything the draft held
  // (a window's edits only grow its content over time); the journal just missed the save's answer.
  if (stored.savedBy === draft.windowId && (stored.capturedAt ?? 0) > draft.writtenAt) return 'discard';
  return stored.revision === draft.baseRevision ? 'save' : 'copy';
}
