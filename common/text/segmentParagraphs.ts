import { segmentSpan, type MarkedRange, type Segment, type TextSpan } from './paragraphs';

/**
 * The segments of every paragraph at once, in one sweep over the ranges sorted by start: each
 * paragraph looks only at the ranges that reach into it, not at all of them. 1,000 highlights on
 * 1,000 paragraphs cost about 2,000 steps instead of a million, and give exactly what
 * `segmentSpan` gives paragraph by paragraph. `paragraphs` must be in text order, not overlapping.
 */
export function segmentParagraphs(paragraphs: readonly TextSpan[], ranges: readonly MarkedRange[]): Segment[][] {
  const byStart = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  let next = 0;
  // Ranges that started before the current paragraph's end and may still reach into it.
  let open: MarkedRange[] = [];
  return paragraphs.map((p) => {
    open = open.filter((r) => r.end > p.start);
    while (next < byStart.length && byStart[next]!.start < p.end) {
      const r = byStart[next++]!;
      if (r.end > p.start) open.push(r);
    }
    return segmentSpan(p, open);
  });
}
