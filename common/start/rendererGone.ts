/**
 * What main does when the window's page dies or hangs (Electron's `render-process-gone` and
 * `unresponsive`): reload it in safe start, telling the page why, unless the page keeps dying, in
 * which case a reload loop is worse than asking the user.
 */

/** How many deaths in `CRASH_WINDOW_MS` make main ask instead of reloading. */
export const CRASH_LOOP_COUNT = 3;
export const CRASH_WINDOW_MS = 60_000;

export type RendererEvent = { readonly kind: 'gone'; readonly reason: string } | { readonly kind: 'unresponsive' };

export type RendererAction =
  /** Nothing to do: the page ended on purpose. */
  | { readonly action: 'none' }
  /** Load the app again with this query, so the page starts safe and can say why. */
  | { readonly action: 'reload-safe'; readonly query: string }
  /** Ask the user (the recovery prompt): wait, reload or quit. */
  | { readonly action: 'ask' };

/** The query a page reloaded by main carries: `?after=<reason>`. */
export const AFTER_PARAM = 'after';

/** `earlier`: when the page died before (ms), newest last; `now`: this event's time. */
export function afterRendererEvent(event: RendererEvent, earlier: readonly number[], now: number): RendererAction {
  // A hung page may come back by itself: the user decides whether to wait.
  if (event.kind === 'unresponsive') return { action: 'ask' };
  if (event.reason === 'clean-exit') return { action: 'none' };
  const recent = earlier.filter((t) => now - t < CRASH_WINDOW_MS).length + 1;
  if (recent >= CRASH_LOOP_COUNT) return { action: 'ask' };
  return { action: 'reload-safe', query: `?${AFTER_PARAM}=${encodeURIComponent(event.reason)}` };
}

/** The reason main gave in the page's query, if it is one of ours. */
export function reportedReason(search: string): string | null {
  const value = new URLSearchParams(search).get(AFTER_PARAM);
  return value !== null && /^[a-z-]{1,40}$/.test(value) ? value : null;
}
