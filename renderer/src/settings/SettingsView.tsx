import { useEffect, useState } from 'react';
import { BACKUP_MINUTES, FONT_SIZES, type BackupMinutes, type ThemeChoice } from '@common/settings/uiSettings';
import { notebook } from '../platform/notebookApi';
import { useUiSettings } from './uiSettings';
import './settings.css';

const THEME_LABELS: Record<ThemeChoice, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Text size, theme, automatic backup frequency and where the notebook keeps its files. */
export function SettingsView() {
  const { settings, update } = useUiSettings();
  const [folder, setFolder] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [shown, setShown] = useState(false);

  useEffect(() => {
    let live = true;
    notebook.getDataFolder().then(
      (path) => live && setFolder(path),
      (error: unknown) => live && setProblem(`Could not read the data folder: ${messageOf(error)}`),
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
      setProblem(`Could not open the data folder: ${messageOf(error)}`);
    }
  };

  return (
    <main className="view settings-view" aria-label="Settings">
      <fieldset>
        <legend>Appearance</legend>
        <label>
          Text size
          <select aria-label="Text size" value={settings.fontSize} onChange={(e) => update({ fontSize: Number(e.target.value) })}>
            {FONT_SIZES.map((size) => (
              <option key={size} value={size}>
                {size} px
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select aria-label="Theme" value={settings.theme} onChange={(e) => update({ theme: e.target.value as ThemeChoice })}>
            {(Object.keys(THEME_LABELS) as ThemeChoice[]).map((theme) => (
              <option key={theme} value={theme}>
                {THEME_LABELS[theme]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Automatic backups</legend>
        <label>
          Back up every
          <select aria-label="Automatic backup frequency" value={settings.backupMinutes} onChange={(e) => update({ backupMinutes: Number(e.target.value) as BackupMinutes })}>
            {BACKUP_MINUTES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? 'Off' : `${m} minutes`}
              </option>
            ))}
          </select>
        </label>
        <p className="hint">A backup is written only when the notebook changed since the last one.</p>
      </fieldset>
      <fieldset>
        <legend>Data folder</legend>
        <p className="data-folder" aria-label="Data folder location">
          {folder ?? '…'}
        </p>
        <button type="button" onClick={() => void openFolder()}>
          Open data folder
        </button>
        {shown ? <p role="status">Data folder opened.</p> : null}
        {problem ? (
          <p className="settings-error" role="alert">
            {problem}
          </p>
        ) : null}
      </fieldset>
    </main>
  );
}
