import type { AnnotationImportContext, AnnotationImportCounts, PlannedPassage } from '@common/interchange/annotationImportPlan';
import type { FromImportWorker, ToImportWorker } from './annotationImportProtocol';
import { namedInAnnotations, parseAnnotationFile, planAll, type ParsedFile } from './annotationImportSteps';

/** The user cancelled the import: nothing was written. */
export class AnnotationImportCancelled extends Error {
  constructor() {
    super('annotation import cancelled');
  }
}

export interface FileNames {
  readonly total: number;
  readonly fileNames: string[];
  readonly versionHashes: string[];
}

/** One import's heavy steps: parsing the file, then anchoring every annotation. */
export interface AnnotationImportRun {
  parse(text: string): Promise<FileNames>;
  plan(context: AnnotationImportContext, now: string, onProgress: (done: number, total: number) => void): Promise<{ rows: PlannedPassage[]; counts: AnnotationImportCounts }>;
  dispose(): void;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** On the calling thread, yielding between slices: Node tests, and a window whose worker cannot start. */
function inProcessRun(signal?: AbortSignal): AnnotationImportRun {
  let file: ParsedFile | null = null;
  const check = () => {
    if (signal?.aborted) throw new AnnotationImportCancelled();
  };
  return {
    async parse(text) {
      file = parseAnnotationFile(text);
      check();
      return { total: file.annotations.length, ...namedInAnnotations(file.annotations) };
    },
    plan(context, now, onProgress) {
      return planAll(file!, context, now, onProgress, async () => {
        await nextTask();
        check();
      });
    },
    dispose() {
      file = null;
    },
  };
}

/** In a worker: the window only waits for messages. Cancelling ends the worker at once. */
function workerRun(worker: Worker, signal?: AbortSignal): AnnotationImportRun {
  let waiting: { resolve: (m: FromImportWorker) => void; reject: (e: Error) => void } | null = null;
  let onProgress: ((done: number, total: number) => void) | null = null;
  const fail = (error: Error) => {
    waiting?.reject(error);
    waiting = null;
  };
  worker.onmessage = (event: MessageEvent<FromImportWorker>) => {
    const m = event.data;
    if (m.type === 'progress') return onProgress?.(m.done, m.total);
    if (m.type === 'error') return fail(new Error(m.message));
    waiting?.resolve(m);
    waiting = null;
  };
  worker.onerror = (event) => fail(new Error(`the annotation import stopped: ${event.message || 'its worker failed'}`));
  const abort = () => {
    worker.terminate();
    fail(new AnnotationImportCancelled());
  };
  signal?.addEventListener('abort', abort, { once: true });
  const ask = (message: ToImportWorker) =>
    new Promise<FromImportWorker>((resolve, reject) => {
      if (signal?.aborted) return reject(new AnnotationImportCancelled());
      waiting = { resolve, reject };
      worker.postMessage(message);
    });
  return {
    async parse(text) {
      const m = await ask({ type: 'parse', text });
      if (m.type !== 'parsed') throw new Error('the annotation import worker answered out of turn');
      return m;
    },
    async plan(context, now, progress) {
      onProgress = progress;
      const m = await ask({ type: 'plan', context, now });
      if (m.type !== 'planned') throw new Error('the annotation import worker answered out of turn');
      return m;
    },
    dispose() {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    },
  };
}

export function startAnnotationImportRun(signal?: AbortSignal): AnnotationImportRun {
  if (typeof Worker === 'undefined') return inProcessRun(signal);
  try {
    return workerRun(new Worker(new URL('./annotationImport.worker.ts', import.meta.url), { type: 'module' }), signal);
  } catch {
    return inProcessRun(signal);
  }
}
