import { useEffect, useRef, useState } from 'react';
import { SHORTCUT_GROUPS } from './shortcuts';
import { shortcutPhrase } from '@common/i18n/createI18n';
import { useTranslation } from 'react-i18next';
import { isEditable } from '../app/isEditable';

/** The list of every shortcut, opened with `?` (outside text fields) or the toolbar's button. */
export function ShortcutSheet() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isEditable(event.target)) {
        event.preventDefault();
        returnTo.current = document.activeElement as HTMLElement | null;
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    if (open) closeRef.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    returnTo.current?.focus();
  };

  return (
    <>
      <button
        type="button"
        className="shortcut-button"
        aria-label={t('shortcutSheet.keyboardShortcuts')}
        aria-keyshortcuts="?"
        title={t('shortcutSheet.keyboardShortcuts2')}
        onClick={() => {
          returnTo.current = document.activeElement as HTMLElement | null;
          setOpen(true);
        }}
      >
        ?
      </button>
      {open ? (
        <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && close()} onClick={(e) => e.target === e.currentTarget && close()}>
          <div className="dialog shortcut-sheet" role="dialog" aria-modal="true" aria-labelledby="shortcut-sheet-title">
            <div className="shortcut-sheet-head">
              <h2 id="shortcut-sheet-title">{t('shortcutSheet.keyboardShortcuts')}</h2>
              <button type="button" ref={closeRef} onClick={close}>
                {t('shortcutSheet.close')}
              </button>
            </div>
            <div className="shortcut-groups">
              {SHORTCUT_GROUPS.map((group) => (
                <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
                  <h3 id={`shortcuts-${group.title}`}>{shortcutPhrase(i18n, group.title)}</h3>
                  <dl>
                    {group.shortcuts.map((s) => (
                      <div key={s.keys} className="shortcut-row">
                        <dt>
                          <kbd>{shortcutPhrase(i18n, s.keys)}</kbd>
                        </dt>
                        <dd>{shortcutPhrase(i18n, s.does)}</dd>
                      </div>
                    ))}
                  </dl>
                </section>
              ))}
            </div>
          </div>
        </div>
      ) : null}
    </>
  );
}
