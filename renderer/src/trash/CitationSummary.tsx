import type { SourceCitations } from '../db/trashSources';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** « 3 passages, 2 notes (A, B), 1 event (E) »: what cites a source, named. */
export function citationSummary(c: SourceCitations): string {
  if (c.passages === 0) return 'Nothing cites it: it has no passages.';
  const names = (items: ReadonlyArray<{ title: string }>) => (items.length ? ` (${items.map((i) => `“${i.title}”`).join(', ')})` : '');
  return `It has ${plural(c.passages, 'passage', 'passages')}, cited in ${plural(c.notes.length, 'note', 'notes')}${names(c.notes)} and ${plural(c.events.length, 'event', 'events')}${names(c.events)}.`;
}

/** The summary as the dialogs show it, with a list per kind so a long one stays readable. */
export function CitationSummary({ citations }: { citations: SourceCitations | null }) {
  if (!citations) return <p aria-busy="true">Looking for what cites it…</p>;
  return <p className="citation-summary">{citationSummary(citations)}</p>;
}
