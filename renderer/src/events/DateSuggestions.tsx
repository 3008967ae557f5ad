import { formatEventDate, formatEventDateFr } from '@common/dates/eventDate';
import { suggestDates } from '@common/dates/suggestDates';
import type { EventView } from './useEvents';
import { useTranslation } from 'react-i18next';

/**
 * Date suggestions read from the evidence's text with each source's date, each saying what it rests
 * on and showing where the text contradicts itself. Nothing is dated until the user picks one.
 */
export function DateSuggestions({ view, onPick }: { view: EventView; onPick: (iso: string, approximate: boolean) => void }) {
  const { t } = useTranslation();
  const suggestions = view.evidence.flatMap(({ row, passage, source }) =>
    passage && source ? suggestDates(passage.selector.exact, source.date).map((s) => ({ ...s, key: `${row.id}-${s.start}-${s.date ? formatEventDate(s.date) : 'none'}`, sourceTitle: source.title })) : [],
  );
  if (suggestions.length === 0) return null;
  return (
    <section className="date-suggestions" aria-label={t('dateSuggestions.dateSuggestions')}>
      <h3 className="pane-title">{t('dateSuggestions.datesReadInTheEvidence')}</h3>
      <ul>
        {suggestions.map((s) => (
          <li key={s.key} className={s.conflict ? 'suggestion conflict' : 'suggestion'}>
            <div>
              <strong>« {s.expression.replace(/\s+/g, ' ')} »</strong> {s.date ? `→ ${formatEventDateFr(s.date)}` : t('dateSuggestions.cannotBePlaced')}{' '}
              <span className="passage-item-meta">{t('dateSuggestions.in', { confidence: s.confidence, sourceTitle: s.sourceTitle })}</span>
            </div>
            <p className="rationale">{s.rationale}</p>
            {s.conflict ? (
              <p className="conflict-note" role="note">
                {t('dateSuggestions.conflict', { conflict: s.conflict })}
              </p>
            ) : null}
            {s.date ? (
              <button type="button" onClick={() => onPick(formatEventDate(s.date!), s.date!.approximate)} aria-label={t('dateSuggestions.useFrom', { date: formatEventDateFr(s.date), replace: s.expression.replace(/\s+/g, ' ') })}>
                {t('dateSuggestions.useThisDate')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
