/**
 * Safe start: a start that crashed (a pane failed, or the window closed before the app had run a few
 * seconds) must not crash the next one the same way. The mark is set when a start begins and cleared
 * once the app has run cleanly for a while; finding it still set means the last start went wrong, so
 * this one does not reopen the last note, the likeliest culprit, and says so.
 */
const STARTING_KEY = 'verbatim.startingUp';
/** The workspace's own key (workspace.tsx): the note reopened at start. */
const LAST_NOTE_KEY = 'verbatim.lastNoteId';
/** How long the app must run without a pane failing before a start counts as clean. */
export const CLEAN_START_MS = 5_000;

let failedThisRun = false;

export interface StartMode {
  /** True when the previous start did not finish cleanly. */
  readonly safe: boolean;
  /** The note that was not reopened, if there was one. */
  readonly skippedNoteId: string | null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: no safe start, but no crash either
  }
}

/** Called once, before the workspace reads what to reopen. */
export function beginStart(): StartMode {
  const store = storage();
  if (!store) return { safe: false, skippedNoteId: null };
  const safe = store.getItem(STARTING_KEY) !== null;
  const skippedNoteId = safe ? store.getItem(LAST_NOTE_KEY) : null;
  if (safe) store.removeItem(LAST_NOTE_KEY);
  store.setItem(STARTING_KEY, new Date().toISOString());
  return { safe, skippedNoteId };
}

/** The app has run cleanly long enough: the next start may reopen everything. */
export function startSucceeded(): void {
  if (!failedThisRun) storage()?.removeItem(STARTING_KEY);
}

/** A pane failed: whenever it happens, the next start is a safe one. */
export function noteFailure(): void {
  failedThisRun = true;
  storage()?.setItem(STARTING_KEY, new Date().toISOString());
}
