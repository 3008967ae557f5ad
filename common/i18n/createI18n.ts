import i18next, { type i18n } from 'i18next';
import { en } from './catalogs/en';
import { fr } from './catalogs/fr';
import { shortcutPhrasesFr } from './catalogs/shortcutPhrases.fr';
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
    resources: { en: { translation: en, shortcuts: {} }, fr: { translation: fr, shortcuts: shortcutPhrasesFr } },
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

/**
 * A phrase of the shortcut list in the instance's language: the English is the key (no key or
 * namespace separators, the phrases hold dots and colons) and is what shows when no translation exists.
 */
export function shortcutPhrase(instance: i18n, english: string): string {
  return instance.t(english, { ns: 'shortcuts', keySeparator: false, nsSeparator: false, defaultValue: english });
}
