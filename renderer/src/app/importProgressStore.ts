import { useSyncExternalStore } from 'react';
import type { ImportProgress } from './useImports';

/**
 * Where a long import stands, outside React state: it changes once per file, and only the progress
 * line reads it. Held in the shell's state it re-rendered every pane at every file, which blocked the
 * window for 100 ms and more on a loaded machine (bench/importFormats.bench.ts).
 */
let current: ImportProgress | null = null;
const listeners = new Set<() => void>();

export const importProgressStore = {
  set(progress: ImportProgress | null): void {
    if (progress === current) return;
    current = progress;
    for (const listener of listeners) listener();
  },
  get(): ImportProgress | null {
    return current;
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The progress of the import running now, or null. */
export function useImportProgress(): ImportProgress | null {
  return useSyncExternalStore(importProgressStore.subscribe, importProgressStore.get);
}
