import { useMemo, useState, type FormEvent } from 'react';
import { suggestSourceDates } from '@common/source/suggestSourceDates';
import { db } from '../db/database';
import { updateSourceDescription } from '../db/sourceMetadata';
import type { SourceRow } from '../db/schema';
import { formatPartialDate } from '../app/format';

/** Edits a source's title, date (as precise as the source allows) and citation details in place, in the reader. */
export function SourceHeaderEditor({ source, text, onDone }: { source: SourceRow; text: string; onDone: () => void }) {
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
    <form className="source-editor" aria-label="Edit source details" onSubmit={submit}>
      <label className="field">
        <span>Title</span>
        <input aria-label="Source title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <div className="field-row">
        <label className="field">
          <span>Date (2024, 2024-11 or 2024-11-01; empty if unknown)</span>
          <input aria-label="Source date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error !== null} />
        </label>
        <label className="field">
          <span>Language (fr, en…)</span>
          <input aria-label="Source language" value={language} onChange={(e) => setLanguage(e.target.value)} />
        </label>
      </div>
      {suggestions.length > 0 ? (
        <ul className="source-date-suggestions" aria-label="Suggested dates">
          {suggestions.map((s) => (
            <li key={`${s.basis}-${s.date.iso}`}>
              <button type="button" onClick={() => setDate(s.date.iso)} aria-label={`Use ${formatPartialDate(s.date)} (${s.basis})`}>
                Use {formatPartialDate(s.date)}
              </button>{' '}
              <span className="rationale">{s.rationale}</span>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field-row">
        <label className="field">
          <span>Outlet or publication</span>
          <input aria-label="Outlet" value={outlet} placeholder="Ouest-France" onChange={(e) => setOutlet(e.target.value)} />
        </label>
        <label className="field">
          <span>Authors (separated by ;)</span>
          <input aria-label="Authors" value={authors} onChange={(e) => setAuthors(e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span>Web address</span>
        <input aria-label="URL" inputMode="url" value={url} placeholder="https://…" onChange={(e) => setUrl(e.target.value)} />
      </label>
      <label className="field">
        <span>Your notes on this source</span>
        <textarea aria-label="Source notes" rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit">Save</button>
      </div>
    </form>
  );
}
