import { useMemo, useState } from 'react';
import { suggestSourceDates } from '@common/source/suggestSourceDates';
import { db } from '../db/database';
import { updateSourceDetails } from '../db/sources';
import type { SourceRow } from '../db/schema';
import { formatPartialDate } from '../app/format';
import { useTranslation } from 'react-i18next';

/**
 * Under an undated source's title: the date its text or file name suggests, with what it rests on,
 * and a button to accept it. Never applied without that click.
 */
export function SourceDateOffer({ source, text }: { source: SourceRow; text: string }) {
  const { t } = useTranslation();
  const suggestions = useMemo(() => suggestSourceDates({ text, fileName: source.fileName }), [text, source.fileName]);
  const [error, setError] = useState<string | null>(null);
  const first = suggestions[0];
  if (source.date || !first) return null;
  return (
    <p className="source-date-offer" role="note" aria-label={t('sourceDateOffer.suggestedSourceDate')}>
      {t('sourceDateOffer.suggestedDate')}{' '}<strong>{formatPartialDate(first.date)}</strong> <span className="rationale">— {first.rationale}</span>{' '}
      <button type="button" onClick={() => updateSourceDetails(db, source.id, source.title, first.date.iso).catch((e: Error) => setError(e.message))}>
        {t('sourceDateOffer.useThisDate')}
      </button>
      {error ? <span className="field-error">{error}</span> : null}
    </p>
  );
}
