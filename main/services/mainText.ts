import { createI18n } from '@common/i18n/createI18n';
import type { UiLanguage } from '@common/i18n/languages';
import { translateMessage, type Message } from '@common/i18n/message';

/**
 * Main's sentences (dialog titles, refusals, why a file or a write failed) in the window's language.
 * The renderer says its language through `setUiLanguage`; until then, and in Node tests, English.
 * One per process, as the language is the app's, not a window's.
 */
const i18n = createI18n('en');

export function setMainLanguage(language: UiLanguage): void {
  void i18n.changeLanguage(language);
}

/** A `mainText.*` sentence. */
export function mainText(key: string, values: Record<string, unknown> = {}): string {
  return i18n.t(`mainText.${key}`, values);
}

/** A message built in common/ (a catalog key and its values), said in main's language. */
export function sayMessage(message: Message): string {
  return translateMessage((key, values) => i18n.t(key, values ?? {}), message);
}

/** A `fileReasons.*` sentence: why a file is not a source. */
export function fileReason(key: string, values: Record<string, unknown> = {}): string {
  return i18n.t(`fileReasons.${key}`, values);
}
