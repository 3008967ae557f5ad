import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { parseUiSettings, type UiSettings } from '@common/settings/uiSettings';
import { applyLanguage } from '../i18n/i18n';
import { notebook } from '../platform/notebookApi';
import './textSize.css';

const STORAGE_KEY = 'verbatim.settings';

interface SettingsValue {
  readonly settings: UiSettings;
  update(change: Partial<UiSettings>): void;
}

const SettingsContext = createContext<SettingsValue | null>(null);

function readStored(): UiSettings {
  try {
    return parseUiSettings(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage refused (a locked-down profile): the defaults still give a working window.
    return parseUiSettings(null);
  }
}

/** Puts the choices where CSS reads them: `data-theme` on the root and the text size variable. */
function applyToDocument(settings: UiSettings): void {
  const root = document.documentElement;
  if (settings.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', settings.theme);
  root.style.setProperty('--content-font-size', `${settings.fontSize}px`);
  const language = applyLanguage(settings.language);
  // Main builds the menus and its dialogs in the same language; a window without main (a test page) has none.
  notebook.setUiLanguage(language).catch(() => undefined);
}

// Before the first paint, so a dark-theme user never sees a flash of the light one, nor a French one of English.
applyToDocument(readStored());

/** The window's preferences, remembered in localStorage and applied to the document as they change. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<UiSettings>(readStored);
  useEffect(() => applyToDocument(settings), [settings]);
  const update = useCallback((change: Partial<UiSettings>) => {
    setSettings((current) => {
      const next = { ...current, ...change };
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Not remembered, but still applied for this session.
      }
      return next;
    });
  }, []);
  const value = useMemo(() => ({ settings, update }), [settings, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useUiSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useUiSettings outside SettingsProvider');
  return value;
}
