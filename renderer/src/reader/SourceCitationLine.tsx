import { useTranslation } from 'react-i18next';
import type { SourceRow } from '../db/schema';

/** Who and where, under the title: outlet, authors and web address, then the researcher's notes, when the source has them. */
export function SourceCitationLine({ source }: { source: SourceRow }) {
  const { t } = useTranslation();
  const meta = source.meta;
  if (!meta?.outlet && !meta?.authors?.length && !meta?.url && !meta?.notes) return null;
  return (
    <>
    {meta.outlet || meta.authors?.length || meta.url ? (
    <p className="reader-meta source-citation">
      {meta.outlet ? <span className="outlet">{meta.outlet}</span> : null}
      {meta.authors?.length ? <span>{meta.outlet ? ' · ' : ''}{meta.authors.join(', ')}</span> : null}
      {/* Shown as text to copy, never a link the app would follow. */}
      {meta.url ? <span className="source-url">{meta.outlet || meta.authors?.length ? ' · ' : ''}{meta.url}</span> : null}
    </p>
    ) : null}
    {meta.notes ? (
      <p className="reader-meta source-notes" aria-label={t('sourceCitationLine.notesOnThisSource')}>
        {meta.notes}
      </p>
    ) : null}
    </>
  );
}
