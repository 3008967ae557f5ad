/*
 * The event a passage was last added to. Adding several passages to one event in a row is the
 * common case (every source that reports a meeting), so the dialog starts with it chosen. Kept in
 * localStorage: it is a convenience of this window, not notebook data, and is never backed up.
 */
const KEY = 'verbatim.lastUsedEventId';

export function lastUsedEventId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null; // storage refused (private profile): nothing preselected, nothing lost
  }
}

export function rememberUsedEvent(eventId: string): void {
  try {
    window.localStorage.setItem(KEY, eventId);
  } catch {
    // Storage refused: the next dialog simply starts with nothing chosen.
  }
}
