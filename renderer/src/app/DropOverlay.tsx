import { useTranslation } from 'react-i18next';

/** What the window says while files are dragged over it: where they go, or why not now. */
export function DropOverlay({ state }: { state: 'idle' | 'dragging' | 'busy' }) {
  const { t } = useTranslation();
  if (state === 'idle') return null;
  return (
    <div className={state === 'busy' ? 'drop-overlay drop-overlay-busy' : 'drop-overlay'} role="status" aria-label={t('dropOverlay.dropFilesToImport')}>
      <p>{state === 'busy' ? t('dropOverlay.importRunning') : t('dropOverlay.dropFilesOrAFolder')}</p>
    </div>
  );
}
