import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParsedSource } from '@common/source/types';
import { useFormat } from '../i18n/useFormat';

/** The first characters of the text, as text: enough to recognise what was copied. */
const PREVIEW_CHARACTERS = 400;

interface Props {
  parsed: ParsedSource;
  /** Resolves when stored; rejects with a message shown in the dialog (nothing is lost, the dialog stays). */
  onAdd: (title: string) => Promise<void>;
  onCancel: () => void;
}

/** Asks for the title of a source made from the clipboard (the first line suggested) and shows its start. */
export function ClipboardSourceDialog({ parsed, onAdd, onCancel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [title, setTitle] = useState(parsed.title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onAdd(title).catch((e: Error) => {
      setError(e.message);
      setBusy(false);
    });
  };
  const preview = Array.from(parsed.text).slice(0, PREVIEW_CHARACTERS).join('');
  const characters = Array.from(parsed.text).length;
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form className="dialog clipboard-dialog" role="dialog" aria-modal="true" aria-label={t('clipboardSourceDialog.newSourceFromClipboard')} onSubmit={submit}>
        <h2>{t('clipboardSourceDialog.newSourceFromClipboard')}</h2>
        <label className="field">
          <span>{t('clipboardSourceDialog.title')}</span>
          <input ref={input} aria-label={t('clipboardSourceDialog.sourceTitle')} value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={error !== null} />
        </label>
        {error ? <p role="alert" className="error">{error}</p> : null}
        <p className="hint">{t('clipboardSourceDialog.charactersAndLanguage', { count: characters, n: format.number(characters), language: parsed.language })}</p>
        {/* Source text is data: a React text child, never HTML. */}
        <pre className="clipboard-preview" aria-label={t('clipboardSourceDialog.clipboardText')}>
          {preview}
          {preview.length < parsed.text.length ? '…' : ''}
        </pre>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('clipboardSourceDialog.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {t('clipboardSourceDialog.addSource')}
          </button>
        </div>
      </form>
    </div>
  );
}
