import { setI18n } from 'react-i18next';
import { createI18n } from '@common/i18n/createI18n';
import { resolveLanguage, UI_LANGUAGES, type LanguageChoice, type UiLanguage } from '@common/i18n/languages';

/** What the system asks for: Electron passes the app locale to Chromium, so navigator covers both. */
function systemPreferences(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

/** The renderer's one i18next instance; its language follows the Settings choice (see uiSettings.tsx). */
export const i18n = createI18n('en');
// Also the instance of any useTranslation rendered outside the provider (a node view in a test editor).
setI18n(i18n);

/** The language shown now, as the formatting functions of @common/i18n/format take it. */
export function currentLanguage(): UiLanguage {
  const language = i18n.language;
  return UI_LANGUAGES.find((l) => l === language) ?? 'en';
}

/** Switches the interface, and says it to assistive technology and spell checking through `lang`. */
export function applyLanguage(choice: LanguageChoice): UiLanguage {
  const language = resolveLanguage(choice, systemPreferences());
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
  return language;
}
