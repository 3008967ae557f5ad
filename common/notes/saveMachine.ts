/**
 * The save state machine of one open note: a pure reducer. The editor plugin feeds it events (an
 * edit, a flush of the editor's content, a write's outcome, the stored note as the database shows it,
 * the user's answer to a conflict) and carries out the effects it returns.
 *
 * Why a machine: two writes in flight used to send the same base revision, so a note conflicted with
 * itself. Here there is one chain of writes per note: a write starts only when the previous one has
 * answered, from the revision that one produced. A conflict is only raised by a stored note that is
 * not ours (another window's save, a restore).
 */

/** A note as stored: its revision and its serialized content. */
export interface StoredNote {
  readonly revision: number;
  readonly content: string;
}

export interface SaveState {
  /** What the editor was last loaded from or saved as: the base of the next write. */
  readonly base: StoredNote;
  /** Edits made since the last flush, not yet handed to a write. */
  readonly dirty: boolean;
  /** The content being written now. */
  readonly inFlight: string | null;
  /** The latest flushed content waiting for the write in flight to answer. */
  readonly queued: string | null;
  /** Someone else's version, while the user chooses; writes wait meanwhile. */
  readonly conflict: StoredNote | null;
  /** The newest stored note seen while a write was in flight (decided once it answers). */
  readonly seen: StoredNote | null;
}

export type SaveEvent =
  | { readonly type: 'edited' }
  | { readonly type: 'flushed'; readonly content: string }
  | { readonly type: 'written'; readonly revision: number }
  | { readonly type: 'rejected'; readonly theirs: StoredNote }
  | { readonly type: 'failed' }
  | { readonly type: 'stored'; readonly note: StoredNote }
  | { readonly type: 'reloadTheirs'; readonly mine: string }
  | { readonly type: 'keepMine'; readonly mine: string };

export type SaveEffect =
  /** Write `content` over `baseRevision`; answer with `written`, `rejected` or `failed`. */
  | { readonly type: 'write'; readonly content: string; readonly baseRevision: number }
  /** Replace the editor's content with this stored note (nothing unsaved is in the editor). */
  | { readonly type: 'load'; readonly note: StoredNote }
  /** Keep this content as a new note beside the open one, so no side of a conflict is dropped. */
  | { readonly type: 'copy'; readonly content: string; readonly whose: 'mine' | 'theirs' };

export interface Step {
  readonly state: SaveState;
  readonly effects: readonly SaveEffect[];
}

export function initialSaveState(note: StoredNote): SaveState {
  return { base: note, dirty: false, inFlight: null, queued: null, conflict: null, seen: null };
}

/** True when nothing typed is waiting for or being written (a conflict may still hold it). */
export function isSettled(state: SaveState): boolean {
  return !state.dirty && state.inFlight === null && state.queued === null;
}

const same = (a: StoredNote, b: StoredNote) => a.revision === b.revision && a.content === b.content;

/** Starts the next write if none is in flight and something is queued, unless a conflict holds it. */
function startNext(state: SaveState): Step {
  if (state.inFlight !== null || state.queued === null || state.conflict) return { state, effects: [] };
  const content = state.queued;
  if (content === state.base.content) return { state: { ...state, queued: null }, effects: [] };
  return { state: { ...state, inFlight: content, queued: null }, effects: [{ type: 'write', content, baseRevision: state.base.revision }] };
}

/** A stored note that is not the one we stand on, met while no write is in flight. */
function meetStored(state: SaveState, note: StoredNote): Step {
  if (same(note, state.base)) return { state, effects: [] };
  // Same words under another revision (a restore, an identical save elsewhere): follow the revision.
  if (note.content === state.base.content) return startNext({ ...state, base: note });
  if (state.conflict) return { state: { ...state, conflict: note }, effects: [] };
  if (state.dirty || state.queued !== null) return { state: { ...state, conflict: note }, effects: [] };
  return { state: { ...state, base: note }, effects: [{ type: 'load', note }] };
}

export function saveStep(state: SaveState, event: SaveEvent): Step {
  switch (event.type) {
    case 'edited':
      return { state: { ...state, dirty: true }, effects: [] };
    case 'flushed':
      return startNext({ ...state, dirty: false, queued: event.content });
    case 'written': {
      if (state.inFlight === null) return { state, effects: [] };
      const base = { revision: event.revision, content: state.inFlight };
      const next = startNext({ ...state, base, inFlight: null });
      // A change stored by someone else while we were writing, newer than our own write.
      const seen = state.seen;
      if (seen && seen.revision > event.revision && next.state.inFlight === null) {
        const met = meetStored({ ...next.state, seen: null }, seen);
        return { state: met.state, effects: [...next.effects, ...met.effects] };
      }
      return { state: { ...next.state, seen: null }, effects: next.effects };
    }
    case 'rejected':
      return { state: { ...state, inFlight: null, queued: state.queued ?? state.inFlight, conflict: event.theirs, seen: null }, effects: [] };
    case 'failed':
      // Keep the words for the next flush: the editor still holds them and they count as unsaved.
      return { state: { ...state, inFlight: null, queued: null, dirty: true }, effects: [] };
    case 'stored':
      // While a write is in flight, its answer decides (it may be this very note).
      if (state.inFlight !== null) return { state: { ...state, seen: event.note }, effects: [] };
      return meetStored(state, event.note);
    case 'reloadTheirs': {
      const theirs = state.conflict;
      if (!theirs) return { state, effects: [] };
      const effects: SaveEffect[] = [];
      if (event.mine !== theirs.content && event.mine !== state.base.content) effects.push({ type: 'copy', content: event.mine, whose: 'mine' });
      effects.push({ type: 'load', note: theirs });
      return { state: initialSaveState(theirs), effects };
    }
    case 'keepMine': {
      const theirs = state.conflict;
      if (!theirs) return { state, effects: [] };
      const effects: SaveEffect[] = [];
      if (theirs.content !== event.mine && theirs.content !== state.base.content) effects.push({ type: 'copy', content: theirs.content, whose: 'theirs' });
      const next = startNext({ ...initialSaveState(theirs), queued: event.mine });
      return { state: next.state, effects: [...effects, ...next.effects] };
    }
  }
}
