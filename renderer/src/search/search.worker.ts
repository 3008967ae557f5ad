/// <reference lib="webworker" />
import { SearchEngine } from './searchEngine';
import type { SearchRequest, SearchResponse } from './searchProtocol';

// Index building and searching stay off the UI thread: a large notebook never blocks typing.
const engine = new SearchEngine();

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  engine
    .search(request)
    .then(({ results, indexed }) => self.postMessage({ id: request.id, results, indexed } satisfies SearchResponse))
    .catch((error: unknown) => self.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies SearchResponse));
};
