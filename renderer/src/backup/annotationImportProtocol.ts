import type { AnnotationImportContext, AnnotationImportCounts, PlannedPassage } from '@common/interchange/annotationImportPlan';

/** Messages to the annotation import worker: the file first, then what the notebook holds. */
export type ToImportWorker = { type: 'parse'; text: string } | { type: 'plan'; context: AnnotationImportContext; now: string };

/** Messages back: what the file names (to read from the notebook), progress, then the passages. */
export type FromImportWorker =
  | { type: 'parsed'; total: number; fileNames: string[]; versionHashes: string[] }
  | { type: 'progress'; done: number; total: number }
  | { type: 'planned'; rows: PlannedPassage[]; counts: AnnotationImportCounts }
  | { type: 'error'; message: string };
