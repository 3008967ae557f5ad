import { annotationPlanner, namedInAnnotations, type AnnotationImportContext, type AnnotationImportCounts, type PlannedPassage } from '@common/interchange/annotationImportPlan';
import { parseAnnotations, type ImportedAnnotation, type SkippedAnnotation } from '@common/interchange/webAnnotationRead';

export interface ParsedFile {
  readonly annotations: ImportedAnnotation[];
  readonly skipped: SkippedAnnotation[];
}

/** Reads a W3C annotation file; a file that is not one is refused with a message the user reads. */
export function parseAnnotationFile(text: string): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON, so not a W3C annotation file.');
  }
  const parsed = parseAnnotations(json);
  if (!parsed.ok) throw new Error(parsed.error);
  return { annotations: parsed.annotations, skipped: parsed.skipped };
}

export { namedInAnnotations };

/** Annotations anchored between two progress reports (and two chances to be cancelled). */
export const PLAN_SLICE = 250;

/**
 * Anchors every annotation, reporting progress after each slice; `between` runs between slices (a
 * yield to the window when this runs on the UI thread, nothing in the worker).
 */
export async function planAll(file: ParsedFile, context: AnnotationImportContext, now: string, onProgress: (done: number, total: number) => void, between: () => Promise<void> | void): Promise<{ rows: PlannedPassage[]; counts: AnnotationImportCounts }> {
  const planner = annotationPlanner(context, now, () => crypto.randomUUID());
  const rows: PlannedPassage[] = [];
  const total = file.annotations.length;
  for (let from = 0; from < total; from += PLAN_SLICE) {
    for (const a of file.annotations.slice(from, from + PLAN_SLICE)) {
      const row = planner.plan(a);
      if (row) rows.push(row);
    }
    onProgress(Math.min(total, from + PLAN_SLICE), total);
    await between();
  }
  return { rows, counts: { ...planner.counts, skipped: [...file.skipped, ...planner.counts.skipped] } };
}
