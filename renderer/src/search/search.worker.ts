/// <reference lib="webworker" />
import { SearchEngine } from './searchEngine';
import type { SearchRequest, WarmRequest, WorkerMessage } from './searchProtocol';

// Index building and searching stay off the UI thread: a large notebook never blocks typing.
const engine = new SearchEngine((progress) => self.postMessage({ progress } satisfies WorkerMessage));
let newest = 0;

self.onmessage = (event: MessageEvent<SearchRequest | WarmRequest>) => {
  if ('warm' in event.data) {
    // Loading errors show at the first search, which tries again.
    engine.warm().catch(() => undefined);
    return;
  }
  const request = event.data;
  newest = Math.max(newest, request.id);
  engine
    .search(request, () => request.id < newest)
    .then((answer) => self.postMessage((answer ? { id: request.id, ...answer } : { id: request.id, cancelled: true }) satisfies WorkerMessage))
    .catch((error: unknown) => self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage));
};
