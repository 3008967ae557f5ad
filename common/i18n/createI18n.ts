import i18next, { type i18n } from 'i18next';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import { FALLBACK_LANGUAGE, UI_LANGUAGES, type UiLanguage } from './languages';

/** Both catalogs, by language: the only place the interface's words come from. */
export const CATALOGS = { en, fr } as const;

/**
 * An i18next instance over the catalogs, ready when returned (the catalogs are bundled, nothing is
 * loaded). Used by the renderer (with react-i18next) and by main for its menus and dialogs.
 */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: FALLBACK_LANGUAGE,
    // React and Electron's menus show text, never HTML: escaping here would print « &amp; ».
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
