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

export function recoveryFor(draft: Draft, stored: StoredNote | undefined): Recovery {
  if (!stored) return draft.content === '' ? 'discard' : 'copy';
  if (draft.content === stored.content) return 'discard';
  return stored.revision === draft.baseRevision ? 'save' : 'copy';
}
