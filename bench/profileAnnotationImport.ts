// npm run build && npx tsx --tsconfig tsconfig.node.json bench/profileAnnotationImport.ts [annotations=10000]
// One import of W3C annotations through "Import annotations…" under the CDP sampling profiler (the
// window's main thread; the worker is not sampled): what still runs on the UI thread, and what
// blocked it longest.
import { annotationImportThroughUi } from './chromium/annotationImportMeasure';
import { printProfileOfUserPath } from './chromium/profileUserPath';

const count = Number(process.argv[2] ?? 10_000);
void printProfileOfUserPath(1, (app) => annotationImportThroughUi(app, count), true);
