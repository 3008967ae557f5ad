/// <reference lib="webworker" />
import type { FromImportWorker, ToImportWorker } from './annotationImportProtocol';
import { namedInAnnotations, parseAnnotationFile, planAll, type ParsedFile } from './annotationImportSteps';

// Parsing a large annotation file and anchoring each quote (approximate search for orphans) run
// here, so the window stays responsive; the UI thread only reads and writes the notebook.
let file: ParsedFile | null = null;
const post = (message: FromImportWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToImportWorker>) => {
  const message = event.data;
  void (async () => {
    if (message.type === 'parse') {
      file = parseAnnotationFile(message.text);
      post({ type: 'parsed', total: file.annotations.length, ...namedInAnnotations(file.annotations) });
    } else {
      if (!file) throw new Error('no annotation file was read');
      const planned = await planAll(file, message.context, message.now, (done, total) => post({ type: 'progress', done, total }), () => undefined);
      file = null;
      post({ type: 'planned', ...planned });
    }
  })().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
