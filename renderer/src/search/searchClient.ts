import type { SearchResult } from '@common/search/searchIndex';
import type { IndexProgress, SearchRequest, SearchTiming, WarmRequest, WorkerMessage } from './searchProtocol';
import { flushOpenNotes } from '../notes/openNoteFlush';

export type { IndexProgress } from './searchProtocol';

/** A newer search was asked for before this one ran: its answer would be stale. */
export class SearchCancelled extends Error {
  constructor() {
    super('search cancelled by a newer one');
  }
}

type Pending = { resolve: (r: { results: SearchResult[]; indexed: number; timing?: SearchTiming }) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let fallback: Promise<import('./searchEngine').SearchEngine> | null = null;
const pending = new Map<number, Pending>();
const progressListeners = new Set<(p: IndexProgress | null) => void>();
let nextId = 1;

/** The last word from the worker: a palette opened while the index loads says so at once. */
let lastProgress: IndexProgress | null = null;

function reportProgress(p: IndexProgress | null): void {
  lastProgress = p && p.done < p.total ? p : null;
  for (const listener of progressListeners) listener(p);
}

/** Listens to index building progress (told the current state at once); returns the unsubscribe function. */
export function onIndexProgress(listener: (p: IndexProgress | null) => void): () => void {
  progressListeners.add(listener);
  listener(lastProgress);
  return () => progressListeners.delete(listener);
}

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if ('progress' in message) return reportProgress(message.progress);
      const p = pending.get(message.id);
      pending.delete(message.id);
      if (!p) return;
      reportProgress(null);
      if ('error' in message) p.reject(new Error(message.error));
      else if ('cancelled' in message) p.reject(new SearchCancelled());
      else p.resolve(message);
    };
    w.onerror = () => {
      // A worker that cannot start (some file:// set-ups) hands over to the main thread.
      worker = null;
      for (const [, p] of pending) p.reject(new Error('search worker failed'));
      pending.clear();
    };
    return w;
  } catch {
    return null;
  }
}

let newestOnMainThread = 0;
async function onMainThread(request: SearchRequest) {
  newestOnMainThread = Math.max(newestOnMainThread, request.id);
  fallback ??= import('./searchEngine').then((m) => new m.SearchEngine(reportProgress));
  const answer = await (await fallback).search(request, () => request.id < newestOnMainThread);
  if (!answer) throw new SearchCancelled();
  return answer;
}

/**
 * Starts loading the search index in the worker while the window is idle, so the first search after
 * a start does not wait for it (the worker keeps the window responsive meanwhile).
 */
export function warmSearchIndex(): void {
  worker ??= startWorker();
  worker?.postMessage({ warm: true } satisfies WarmRequest);
}

/** A save that takes longer than this (a busy disk) is said in the palette, so the wait has a reason. */
const SAY_SAVING_AFTER_MS = 150;

/** Searches waiting for a slow save: told apart from the index's progress, which goes on meanwhile. */
let waitingForSave = 0;
const savingListeners = new Set<(saving: boolean) => void>();

function countWaitingForSave(change: 1 | -1): void {
  waitingForSave += change;
  for (const listener of savingListeners) listener(waitingForSave > 0);
}

/** Listens to whether a search waits for the open note's save (told the current state at once); returns the unsubscribe function. */
export function onSavingBeforeSearch(listener: (saving: boolean) => void): () => void {
  savingListeners.add(listener);
  listener(waitingForSave > 0);
  return () => savingListeners.delete(listener);
}

async function flushOpenNotesSaying(): Promise<void> {
  let said = false;
  const timer = setTimeout(() => {
    said = true;
    countWaitingForSave(1);
  }, SAY_SAVING_AFTER_MS);
  try {
    await flushOpenNotes();
  } finally {
    clearTimeout(timer);
    if (said) countWaitingForSave(-1);
  }
}

/** Searches the notebook: in a worker when possible, else on the main thread. A newer call cancels older ones. */
export async function searchNotebook(query: string, filters: SearchRequest['filters']): Promise<{ results: SearchResult[]; indexed: number }> {
  const request: SearchRequest = { id: nextId++, query, filters };
  // Search finds what is on screen: a note's last words are saved (and so logged for the index) first.
  await flushOpenNotesSaying();
  worker ??= startWorker();
  if (!worker) return onMainThread(request);
  try {
    const sentAt = performance.now();
    const answer = await new Promise<{ results: SearchResult[]; indexed: number; timing?: SearchTiming }>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker!.postMessage(request);
    });
    // A User Timing entry per search: what the worker spent (sync, rank) within the round trip, for profiles and bench/.
    performance.clearMeasures('verbatim:search'); // the last one is what a profile or bench/ reads
    performance.measure('verbatim:search', { start: sentAt, end: performance.now(), detail: { ...answer.timing, results: answer.results.length } });
    return answer;
  } catch (error) {
    if (error instanceof SearchCancelled) throw error;
    return onMainThread(request);
  }
}
