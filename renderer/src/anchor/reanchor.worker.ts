/// <reference lib="webworker" />
import { reanchorPassages } from '@common/anchor';
import type { ReanchorReply, ReanchorRequest } from './reanchorProtocol';

// Re-anchoring a source's passages after an edit stays off the UI thread: the window keeps
// painting and answering while a long source's thousand passages are found again.
self.onmessage = (event: MessageEvent<ReanchorRequest>) => {
  const { id, text, selectors } = event.data;
  try {
    self.postMessage({ id, results: reanchorPassages(text, selectors) } satisfies ReanchorReply);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ReanchorReply);
  }
};
