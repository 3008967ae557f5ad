import { describe, expect, it } from 'vitest';
import { annotationPlanner, orphanKey, spanKey, type AnnotationImportContext } from '@common/interchange/annotationImportPlan';
import type { ImportedAnnotation } from '@common/interchange/webAnnotationRead';

// Written by hand: « Séoul » starts at index 13 of this text, « Pyongyang » at 27 (code points and indices agree: no astral character).
const TEXT = 'Une visite à Séoul, puis à Pyongyang.';
const context: AnnotationImportContext = {
  sources: [{ id: 's1', fileName: 'visite.txt', hash: 'h1' }],
  versionSource: new Map([['h1', 's1']]),
  texts: new Map([['h1', TEXT]]),
  // Pyongyang (27–36) is already a passage; « phrase perdue » is already an orphan of s1.
  spanKeys: new Set([spanKey('s1', 'h1', 27, 36)]),
  orphanKeys: new Set([orphanKey('s1', 'phrase perdue')]),
};
const annotation = (over: Partial<ImportedAnnotation>): ImportedAnnotation => ({ item: 1, id: null, fileName: 'visite.txt', versionHash: null, exact: null, prefix: '', suffix: '', cpStart: null, cpEnd: null, tags: [], memo: '', ...over });

describe('planning an annotation import', () => {
  it.each([
    ['a quote found in its source is a passage at its place', annotation({ exact: 'Séoul' }), { status: 'exact', start: 13, end: 18 }, { imported: 1, duplicates: 0, orphaned: 0 }],
    ['a position alone takes its text from the source', annotation({ cpStart: 13, cpEnd: 18 }), { status: 'exact', start: 13, end: 18 }, { imported: 1, duplicates: 0, orphaned: 0 }],
    ['a quote already a passage there is a duplicate', annotation({ exact: 'Pyongyang' }), null, { imported: 0, duplicates: 1, orphaned: 0 }],
    ['a quote nowhere in its source becomes an orphan', annotation({ exact: 'Tokyo et Pékin' }), { status: 'orphaned', start: 0, end: 0 }, { imported: 0, duplicates: 0, orphaned: 1 }],
    ['an orphan already kept is a duplicate', annotation({ exact: 'phrase perdue' }), null, { imported: 0, duplicates: 1, orphaned: 0 }],
    ['a quote of a source the notebook lacks is an orphan with no source', annotation({ fileName: 'absent.txt', exact: 'Séoul' }), { status: 'orphaned', start: 0, end: 0 }, { imported: 0, duplicates: 0, orphaned: 1 }],
  ])('%s', (_name, a, expected, counts) => {
    const planner = annotationPlanner(context, '2026-11-30T00:00:00Z', () => 'new-id');
    const row = planner.plan(a);
    if (expected === null) expect(row).toBeNull();
    else {
      expect(row).not.toBeNull();
      expect(row!.selector.start).toBe(expected.start);
      expect(row!.selector.end).toBe(expected.end);
      expect(row!.status).toBe(expected.status);
    }
    expect(planner.counts).toMatchObject(counts);
  });

  it('skips a position-only annotation of a source the notebook lacks, saying why', () => {
    const planner = annotationPlanner(context, '2026-11-30T00:00:00Z', () => 'x');
    expect(planner.plan(annotation({ item: 7, fileName: 'absent.txt', cpStart: 1, cpEnd: 4 }))).toBeNull();
    expect(planner.counts.skipped).toEqual([{ item: 7, id: null, reason: 'it gives only a text position, and no source named absent.txt is in the notebook' }]);
  });

  it('counts a repeat within the same file once: the second is a duplicate', () => {
    const planner = annotationPlanner(context, '2026-11-30T00:00:00Z', () => 'x');
    expect(planner.plan(annotation({ exact: 'Séoul' }))).not.toBeNull();
    expect(planner.plan(annotation({ exact: 'Séoul' }))).toBeNull();
    expect(planner.plan(annotation({ exact: 'Tokyo' }))).not.toBeNull();
    expect(planner.plan(annotation({ exact: 'Tokyo' }))).toBeNull();
    expect(planner.counts).toMatchObject({ imported: 1, orphaned: 1, duplicates: 2 });
  });
});
