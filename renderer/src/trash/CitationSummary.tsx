import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { SourceCitations } from '../db/trashSources';

/** « 3 passages, 2 notes (A, B), 1 event (E) »: what cites a source, named, in the language shown. */
export function citationSummary(c: SourceCitations, t: TFunction): string {
  if (c.passages === 0) return t('citationSummary.nothingCitesIt');
  const named = (what: string, items: ReadonlyArray<{ title: string }>) =>
    items.length ? t('citationSummary.named', { what, names: items.map((i) => t('citationSummary.quotedTitle', { title: i.title })).join(', ') }) : what;
  return t('citationSummary.summary', {
    count: c.passages,
    passages: t('citationSummary.passages', { count: c.passages }),
    notes: named(t('citationSummary.notes', { count: c.notes.length }), c.notes),
    events: named(t('citationSummary.events', { count: c.events.length }), c.events),
  });
}

/** The summary as the dialogs show it, with a list per kind so a long one stays readable. */
export function CitationSummary({ citations }: { citations: SourceCitations | null }) {
  const { t } = useTranslation();
  if (!citations) return <p aria-busy="true">{t('citationSummary.lookingForWhatCitesIt')}</p>;
  return <p className="citation-summary">{citationSummary(citations, t)}</p>;
}
