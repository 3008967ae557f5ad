import { spread, type Spread } from '../spread';
import { AppProfile } from './appProfile';
import { annotationImportThroughUi, type AnnotationImportFigures } from './annotationImportMeasure';
import { waitForLibrary } from './importMeasure';
import { timelineThroughUi, type TimelineFigures } from './timelineMeasure';

export const ANNOTATIONS = 10_000;
export const EVENTS = 2_000;

export interface InterchangeFigures {
  readonly annotationImport: { runs: AnnotationImportFigures[]; spread: Record<string, Spread | null> };
  readonly timeline: { runs: TimelineFigures[]; spread: Record<string, Spread | null> };
}

const spreadOf = <T extends object>(runs: T[]) => Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, spread(runs.map((r) => (r as Record<string, number>)[k] ?? null))]));

/** Each run on a fresh profile (the seeds only), so every import is the first of its notebook. */
export async function measureInterchange(runs: number, log: (line: unknown) => void = () => undefined): Promise<InterchangeFigures> {
  const imports: AnnotationImportFigures[] = [];
  const timelines: TimelineFigures[] = [];
  for (let r = 0; r < runs; r++) {
    const app = new AppProfile(1900 + r);
    try {
      await app.startHarness();
      const page = await app.launch();
      await page.goto(app.url());
      await waitForLibrary(page);
      imports.push(await annotationImportThroughUi(app, ANNOTATIONS));
      log({ annotationImport: r + 1, ...imports.at(-1) });
      // A browser lost on a loaded machine costs this figure, not the import measured before it.
      try {
        timelines.push(await timelineThroughUi(app, EVENTS));
        log({ timeline: r + 1, ...timelines.at(-1) });
      } catch (error) {
        log({ timeline: r + 1, failed: error instanceof Error ? error.message.split('\n')[0] : String(error) });
      }
    } finally {
      await app.dispose();
    }
  }
  return { annotationImport: { runs: imports, spread: spreadOf(imports) }, timeline: { runs: timelines, spread: spreadOf(timelines) } };
}
