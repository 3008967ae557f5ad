/**
 * Export, backup and the window's close see what is on screen: each open note editor registers how
 * to hand its unsaved text to the save chain and wait until it is stored.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

export function registerNoteFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => void flushes.delete(flush);
}

/** Resolves once every open note's typed text is in IndexedDB (or held by a conflict the user sees). */
export async function flushOpenNotes(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush()));
}
