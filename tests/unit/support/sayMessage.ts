import { createI18n } from '@common/i18n/createI18n';
import { translateMessage, type Message } from '@common/i18n/message';

const instances = { en: createI18n('en'), fr: createI18n('fr') };

/** A message from common/ as the interface shows it in `language` (null stays null). */
export function sayMessage(message: Message | null, language: 'en' | 'fr' = 'en'): string | null {
  if (message === null) return null;
  const i18n = instances[language];
  return translateMessage((key, values) => i18n.t(key, values ?? {}), message);
}
