/** The interface languages the catalogs cover. */
export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The user's choice in Settings: a language, or whatever the system says. */
export type LanguageChoice = 'system' | UiLanguage;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', ...UI_LANGUAGES];

/** The language every string exists in first: what a system in an unsupported language gets. */
export const FALLBACK_LANGUAGE: UiLanguage = 'en';

/**
 * The first supported language among the system's preferences ("fr-CA" → French), or English.
 * Only the primary subtag counts: the catalogs are per language, not per region.
 */
export function systemLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const found = UI_LANGUAGES.find((l) => l === primary);
    if (found) return found;
  }
  return FALLBACK_LANGUAGE;
}

/** The language the interface shows: the choice, or the system's when the choice is to follow it. */
export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[]): UiLanguage {
  return choice === 'system' ? systemLanguage(preferred) : choice;
}

/**
 * The Intl locale used to format in a language. One style per language across the app, whatever
 * the region: English dates read day first (« 1 November 2024 »), as the project's English always has.
 */
export function formattingLocale(language: UiLanguage): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}
