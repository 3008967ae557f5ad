/**
 * Races a call against a deadline, so the renderer is never left waiting on a handler that hangs: after
 * `ms` it gets `{ ok: false, error }` with a message naming what timed out. The work itself is not
 * cancelled (a file write in flight finishes), only the wait.
 */
export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export function settleWithin<T>(work: Promise<Settled<T>>, ms: number, what: string): Promise<Settled<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<Settled<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, error: `${what} did not answer within ${Math.round(ms / 1000)} s.` }), ms);
  });
  const guarded = work.catch((error: unknown) => ({ ok: false as const, error: `${what} failed: ${error instanceof Error ? error.message : String(error)}` }));
  return Promise.race([guarded, deadline]).finally(() => clearTimeout(timer));
}
