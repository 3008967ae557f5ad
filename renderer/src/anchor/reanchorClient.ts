import { reanchorPassages, type PassageSelector, type ReanchorResult } from '@common/anchor';
import type { ReanchorReply, ReanchorRequest } from './reanchorProtocol';

type Pending = { resolve: (results: ReanchorResult[]) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let workerFailed = false;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker | null {
  if (workerFailed || typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./reanchor.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<ReanchorReply>) => {
      const reply = event.data;
      const p = pending.get(reply.id);
      pending.delete(reply.id);
      if (!p) return;
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.results);
    };
    w.onerror = () => {
      // A worker that cannot start (some file:// set-ups) hands over to the main thread for good.
      workerFailed = true;
      worker = null;
      for (const [, p] of pending) p.reject(new Error('re-anchoring worker failed'));
      pending.clear();
    };
    return w;
  } catch {
    workerFailed = true;
    return null;
  }
}

/**
 * Re-anchors the passages of one source on its new text (see reanchorPassages): in a worker when
 * one can start, else here (Node tests, a worker that failed). Results come in the selectors' order.
 */
export async function reanchorOffThread(text: string, selectors: readonly PassageSelector[]): Promise<ReanchorResult[]> {
  if (selectors.length === 0) return [];
  worker ??= startWorker();
  if (!worker) return reanchorPassages(text, selectors);
  const request: ReanchorRequest = { id: nextId++, text, selectors };
  try {
    return await new Promise<ReanchorResult[]>((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker!.postMessage(request);
    });
  } catch {
    return reanchorPassages(text, selectors);
  }
}
