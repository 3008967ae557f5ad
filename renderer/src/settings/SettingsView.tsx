import { useEffect, useState } from 'react';
import { BACKUP_MINUTES, FONT_SIZES, THEME_CHOICES, type BackupMinutes, type ThemeChoice } from '@common/settings/uiSettings';
import { LANGUAGE_CHOICES, systemLanguage, type LanguageChoice } from '@common/i18n/languages';
import { notebook } from '../platform/notebookApi';
import { useUiSettings } from './uiSettings';
import './settings.css';
import { useTranslation } from 'react-i18next';


function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Text size, theme, automatic backup frequency and where the notebook keeps its files. */
export function SettingsView() {
  const { t } = useTranslation();
  const { settings, update } = useUiSettings();
  const [folder, setFolder] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let live = true;
    notebook.getDataFolder().then(
      (path) => live && setFolder(path),
      (error: unknown) => live && setProblem(t('settingsView.couldNotReadDataFolder', { message: messageOf(error) })),
    );
    return () => {
      live = false;
    };
  }, []);

  const openFolder = async () => {
    setShown(false);
    setProblem(null);
    try {
      await notebook.openDataFolder();
      setShown(true);
    } catch (error) {
      setProblem(t('settingsView.couldNotOpenDataFolder', { message: messageOf(error) }));
    }
  };

  return (
    <main className="view settings-view" aria-label={t('settingsView.settings')}>
      <fieldset>
        <legend>{t('settingsView.appearance')}</legend>
        <label>
          {t('settingsView.textSize')}
          <select aria-label={t('settingsView.textSize')} value={settings.fontSize} onChange={(e) => update({ fontSize: Number(e.target.value) })}>
            {FONT_SIZES.map((size) => (
              <option key={size} value={size}>
                {t('settingsView.px', { size })}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('settingsView.theme')}
          <select aria-label={t('settingsView.theme')} value={settings.theme} onChange={(e) => update({ theme: e.target.value as ThemeChoice })}>
            {THEME_CHOICES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`settingsView.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('language.label')}
          <select aria-label={t('language.label')} value={settings.language} onChange={(e) => update({ language: e.target.value as LanguageChoice })}>
            {LANGUAGE_CHOICES.map((choice) => (
              <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
                {choice === 'system' ? t('language.system', { language: t(`language.${systemLanguage(navigator.languages)}`) }) : t(`language.${choice}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('settingsView.automaticBackups')}</legend>
        <label>
          {t('settingsView.backUpEvery')}
          <select aria-label={t('settingsView.automaticBackupFrequency')} value={settings.backupMinutes} onChange={(e) => update({ backupMinutes: Number(e.target.value) as BackupMinutes })}>
            {BACKUP_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? t('settingsView.off') : t('settingsView.minutes', { count: m })}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">{t('settingsView.aBackupIsWrittenOnlyWhen')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('settingsView.dataFolder')}</legend>
        <p className="data-folder" aria-label={t('settingsView.dataFolderLocation')}>
          {folder ?? '…'}
        </p>
        <button type="button" onClick={() => void openFolder()}>
          {t('settingsView.openDataFolder')}
        </button>
        {shown ? <p role="status">{t('settingsView.dataFolderOpened')}</p> : null}
        {problem ? (
          <p className="settings-error" role="alert">
            {problem}
          </p>
        ) : null}
      </fieldset>
    </main>
  );
}
