import type { SearchResult } from '@common/search/searchIndex';
import type { SearchRequest, SearchResponse } from './searchProtocol';

type Pending = { resolve: (r: { results: SearchResult[]; indexed: number }) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let fallback: Promise<import('./searchEngine').SearchEngine> | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker | null {
  try {
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<SearchResponse>) => {
      const p = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!p) return;
      if ('error' in event.data) p.reject(new Error(event.data.error));
      else p.resolve(event.data);
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

async function onMainThread(request: SearchRequest) {
  fallback ??= import('./searchEngine').then((m) => new m.SearchEngine());
  return (await fallback).search(request);
}

/** Searches the notebook: in a worker when possible, else on the main thread. */
export async function searchNotebook(query: string, filters: SearchRequest['filters']): Promise<{ results: SearchResult[]; indexed: number }> {
  const request: SearchRequest = { id: nextId++, query, filters };
  worker ??= startWorker();
  if (!worker) return onMainThread(request);
  try {
    return await new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker!.postMessage(request);
    });
  } catch {
    return onMainThread(request);
  }
}
