import { useState, type FormEvent } from 'react';
import { db } from '../db/database';
import { updateSourceDetails } from '../db/sources';
import type { SourceRow } from '../db/schema';

/** Edits a source's title and date (as precise as the source allows) in place, in the reader. */
export function SourceHeaderEditor({ source, onDone }: { source: SourceRow; onDone: () => void }) {
  const [title, setTitle] = useState(source.title);
  const [date, setDate] = useState(source.date?.iso ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    updateSourceDetails(db, source.id, title, date)
      .then(onDone)
      .catch((e: Error) => setError(e.message));
  };
  return (
    <form className="source-editor" aria-label="Edit source details" onSubmit={submit}>
      <label className="field">
        <span>Title</span>
        <input aria-label="Source title" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
      </label>
      <label className="field">
        <span>Date (2024, 2024-11 or 2024-11-01; empty if unknown)</span>
        <input aria-label="Source date" value={date} onChange={(e) => setDate(e.target.value)} aria-invalid={error !== null} />
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
