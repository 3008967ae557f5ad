import type { SourceRow } from '../db/schema';

// Apart from noteMarkdown.ts: the reader's copy-with-citation needs only this, not the export's
// Markdown writer and BibTeX (citation.js), which load with the first export.

/** How a footnote names the source beyond its title: authors, outlet and date, when known. */
export function citationOf(source: SourceRow): { outlet?: string; dateLabel?: string; authors?: readonly string[] } {
  return { ...(source.meta?.authors?.length ? { authors: source.meta.authors } : {}), ...(source.meta?.outlet ? { outlet: source.meta.outlet } : {}), ...(source.date ? { dateLabel: source.date.iso } : {}) };
}
