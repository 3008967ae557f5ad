/** A span of the stored text, as string indices [start, end). */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Line-based text (web articles: one paragraph per line) has long lines; hard-wrapped text (OCR,
 * e-mail) has short ones and marks paragraphs with blank lines. 80 characters is above any usual
 * wrap width and below nearly every real paragraph.
 */
const LINE_PARAGRAPH_MEDIAN = 80;

function lineSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (text.slice(lineStart, lineEnd).trim() !== '') spans.push({ start: lineStart, end: lineEnd });
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return spans;
}

export function isLineBased(text: string): boolean {
  const lengths = lineSpans(text).map((s) => s.end - s.start).sort((a, b) => a - b);
  return lengths.length > 0 && lengths[Math.floor(lengths.length / 2)]! >= LINE_PARAGRAPH_MEDIAN;
}

/**
 * The paragraphs of a stored text: each non-blank line when the text is line-based, else maximal
 * runs of non-blank lines. Blank-line runs between them are what the reader collapses visually;
 * they stay in the stored text, and each paragraph knows its exact offsets so everything drawn in
 * it maps back to the source.
 */
export function splitParagraphs(text: string): TextSpan[] {
  if (isLineBased(text)) return lineSpans(text);
  return blockSpans(text);
}

function blockSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = -1;
  let lastContentEnd = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const blank = text.slice(lineStart, lineEnd).trim() === '';
    if (blank) {
      if (start !== -1) spans.push({ start, end: lastContentEnd });
      start = -1;
    } else {
      if (start === -1) start = lineStart;
      lastContentEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (start !== -1) spans.push({ start, end: lastContentEnd });
  return spans;
}

export interface MarkedRange extends TextSpan {
  readonly id: string;
}

export interface Segment extends TextSpan {
  /** Ids of the ranges covering this segment, outermost (earliest start, then longest) first. */
  readonly ids: readonly string[];
}

/**
 * Cuts [start, end) at every boundary of the given ranges, so overlapping and adjacent ranges can
 * be drawn as nested elements that each hold one id and only source text.
 */
export function segmentSpan(span: TextSpan, ranges: readonly MarkedRange[]): Segment[] {
  const inside = ranges
    .filter((r) => r.end > span.start && r.start < span.end && r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const cuts = new Set<number>([span.start, span.end]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, span.start));
    cuts.add(Math.min(r.end, span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    segments.push({ start: s, end: e, ids: inside.filter((r) => r.start <= s && r.end >= e).map((r) => r.id) });
  }
  return segments;
}
