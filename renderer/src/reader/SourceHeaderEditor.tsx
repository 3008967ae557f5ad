import { useMemo, useState, type FormEvent } from 'react';
import { suggestSourceDates } from '@common/source/suggestSourceDates';
import { db } from '../db/database';
import { updateSourceDescription } from '../db/sourceMetadata';
import type { SourceRow } from '../db/schema';
import { formatPartialDate } from '../app/format';
import { useTranslation } from 'react-i18next';

/** Edits a source's title, date (as precise as the source allows) and citation details in place, in the reader. */
export function SourceHeaderEditor({ source, text, onDone }: { source: SourceRow; text: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(source.title);
  const [date, setDate] = useState(source.date?.iso ?? '');
  const [outlet, setOutlet] = useState(source.meta?.outlet ?? '');
  const [authors, setAuthors] = useState((source.meta?.authors ?? []).join('; '));
  const [url, setUrl] = useState(source.meta?.url ?? '');
  const [language, setLanguage] = useState(source.language === 'und' ? '' : source.language);
  const [notes, setNotes] = useState(source.meta?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const suggestions = useMemo(() => suggestSourceDates({ text, fileName: source.fileName }), [text, source.fileName]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateSourceDescription(db, source.id, title, date, { outlet, authors, url, language, notes })
      .then(onDone)
      .catch((e: Error) => setError(e.message));
  };
  return (
    <form className="source-editor" aria-label={t('sourceHeaderEditor.editSourceDetails')} onSubmit={submit}>
      <label className="field">
        <span>{t('sourceHeaderEditor.title')}</span>
        <input aria-label={t('sourceHeaderEditor.sourceTitle')} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <div className="field-row">
        <label className="field">
          <span>{t('sourceHeaderEditor.date2024202411Or2024')}</span>
          <input aria-label={t('sourceHeaderEditor.sourceDate')} value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error !== null} />
        </label>
        <label className="field">
          <span>{t('sourceHeaderEditor.languageFrEn')}</span>
          <input aria-label={t('sourceHeaderEditor.sourceLanguage')} value={language} onChange={(e) => setLanguage(e.target.value)} />
        </label>
      </div>
      {suggestions.length > 0 ? (
        <ul className="source-date-suggestions" aria-label={t('sourceHeaderEditor.suggestedDates')}>
          {suggestions.map((s) => (
            <li key={`${s.basis}-${s.date.iso}`}>
              <button type="button" onClick={() => setDate(s.date.iso)} aria-label={t('sourceHeaderEditor.use2', { date: formatPartialDate(s.date), basis: s.basis })}>
                {t('sourceHeaderEditor.use', { date: formatPartialDate(s.date) })}
              </button>{' '}
              <span className="rationale">{s.rationale}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field-row">
        <label className="field">
          <span>{t('sourceHeaderEditor.outletOrPublication')}</span>
          <input aria-label={t('sourceHeaderEditor.outlet')} value={outlet} placeholder={t('sourceHeaderEditor.ouestFrance')} onChange={(e) => setOutlet(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('sourceHeaderEditor.authorsSeparatedBy')}</span>
          <input aria-label={t('sourceHeaderEditor.authors')} value={authors} onChange={(e) => setAuthors(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>{t('sourceHeaderEditor.webAddress')}</span>
        <input aria-label={t('sourceHeaderEditor.url')} inputMode="url" value={url} placeholder={t('sourceHeaderEditor.https')} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('sourceHeaderEditor.yourNotesOnThisSource')}</span>
        <textarea aria-label={t('sourceHeaderEditor.sourceNotes')} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          {t('sourceHeaderEditor.cancel')}
        </button>
        <button type="submit">{t('sourceHeaderEditor.save')}</button>
      </div>
    </form>
  );
}
