/**
 * Pages of paged sources (PDF). A version of such a source records `pageStarts`: the code-point
 * offset in its stored text where each page begins, the first being 0. Offsets that leave the app
 * are code points, so pages are computed on code points too, never on string indices.
 */

/** A passage's pages, first and last (the same for a passage on one page), counted from 1. */
export interface PageSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The page (counted from 1) holding the code point at offset `cp`, or null for an unpaged source
 * (no page starts). An offset before the first recorded start belongs to page 1.
 */
export function pageOfOffset(pageStarts: readonly number[] | undefined, cp: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  // The last page whose start is at or before cp: binary search, since a long PDF has thousands of pages.
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageStarts[mid]! <= cp) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/**
 * The pages a passage `[cpStart, cpEnd)` lies on. The end is exclusive: a passage that stops right
 * where a page begins does not reach that page. An empty passage lies on the page of its start.
 */
export function pageSpanOf(pageStarts: readonly number[] | undefined, cpStart: number, cpEnd: number): PageSpan | null {
  const first = pageOfOffset(pageStarts, cpStart);
  if (first === null) return null;
  const last = pageOfOffset(pageStarts, Math.max(cpStart, cpEnd - 1))!;
  return { first, last };
}

/** How a reader reads it: « p. 3 », or « pp. 3–4 » (en dash) across a page boundary. */
export function formatPageSpan(span: PageSpan): string {
  return span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}\u2013${span.last}`;
}

/** The locator's page part, `3` or `3-4` (ASCII hyphen: it must survive any Markdown reader). */
export function pageLocatorPart(span: PageSpan): string {
  return span.first === span.last ? String(span.first) : `${span.first}-${span.last}`;
}

/** Reads `3` or `3-4` back; null when it is not a page part (zero, reversed, not digits). */
export function parsePageLocatorPart(part: string): PageSpan | null {
  const m = /^(\d{1,6})(?:-(\d{1,6}))?$/.exec(part);
  if (!m) return null;
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  if (first < 1 || last < first) return null;
  return { first, last };
}
