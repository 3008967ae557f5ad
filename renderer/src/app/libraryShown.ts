// When the start is over for the user: the library lists its sources (or has none). Work that can
// wait (loading code ahead of its first use) waits for this and then for an idle moment, so it does
// not compete with the start: the note editor's preload, run when the sources were known but not yet
// listed, was evaluated before the library appeared (bench/traceStart.ts).

let shown = false;
const waiting = new Set<() => void>();

/** Called by the library once it has drawn its first rows (or found no source). */
export function markLibraryShown(): void {
  if (shown) return;
  shown = true;
  for (const work of waiting) work();
  waiting.clear();
}

/** Runs `work` at the first idle moment after the library is shown; returns a cancel. */
export function whenLibraryShown(work: () => void): () => void {
  let idle: number | null = null;
  const schedule = () => void (idle = requestIdleCallback(work, { timeout: 3000 }));
  if (shown) schedule();
  else waiting.add(schedule);
  return () => {
    waiting.delete(schedule);
    if (idle !== null) cancelIdleCallback(idle);
  };
}
