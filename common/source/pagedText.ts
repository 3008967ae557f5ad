import { normalizeSourceText } from '../text/normalize';

/** What a paged document (a PDF) becomes: one stored text and where each page begins in it. */
export interface PagedText {
  readonly text: string;
  /**
   * Code-point offsets into `text` where each page begins: the first is 0, one per page, never
   * decreasing (an empty page begins where the next one does). Locators read it to say `p=N`.
   */
  readonly pageStarts: readonly number[];
}

/** Between two pages: a blank line, so the reader shows a page break as a paragraph break. */
export const PAGE_SEPARATOR = '\n\n';

function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Joins the text of each page into one stored text. Each page is normalized on its own (LF, NFC);
 * that is the same as normalizing the whole, since no character composes across a line break, so
 * the offsets computed here stay true in the stored text. Trailing white space of a page is dropped
 * so a page break is always exactly one blank line.
 */
export function joinPages(pages: readonly string[]): PagedText {
  const parts: string[] = [];
  const pageStarts: number[] = [];
  let offset = 0;
  // Pages with no text yet wait for the next page that has some, and begin where it does.
  let waiting = 0;
  for (const raw of pages) {
    const page = normalizeSourceText(raw).replace(/\s+$/u, '');
    waiting++;
    if (page === '') continue;
    if (parts.length > 0) {
      parts.push(PAGE_SEPARATOR);
      offset += PAGE_SEPARATOR.length;
    }
    for (; waiting > 0; waiting--) pageStarts.push(offset);
    parts.push(page);
    offset += codePointLength(page);
  }
  for (; waiting > 0; waiting--) pageStarts.push(pageStarts.length === 0 ? 0 : offset);
  return { text: parts.join(''), pageStarts };
}

/** The page (1-based) on which the code point at `offset` stands, or null for a text without pages. */
export function pageAt(pageStarts: readonly number[] | undefined, offset: number): number | null {
  if (!pageStarts || pageStarts.length === 0) return null;
  let low = 0;
  let high = pageStarts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (pageStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
