/**
 * Safe start: when a pane failed (most often at start, on the note reopened from last time), the next
 * start must not fail the same way. A failure leaves a mark; the next start finds it, does not reopen
 * the last note, says so, and clears it (a failure that comes back sets it again).
 */
const FAILED_KEY = 'verbatim.paneFailed';
/** The workspace's own key (workspace.tsx): the note reopened at start. */
const LAST_NOTE_KEY = 'verbatim.lastNoteId';

export interface StartMode {
  /** True when a pane failed during the previous run. */
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
  if (!store || store.getItem(FAILED_KEY) === null) return { safe: false, skippedNoteId: null };
  const skippedNoteId = store.getItem(LAST_NOTE_KEY);
  store.removeItem(LAST_NOTE_KEY);
  store.removeItem(FAILED_KEY);
  return { safe: true, skippedNoteId };
}

/** A pane failed: the next start is a safe one. */
export function noteFailure(): void {
  storage()?.setItem(FAILED_KEY, new Date().toISOString());
}
