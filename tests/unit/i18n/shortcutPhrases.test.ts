import { describe, expect, it } from 'vitest';
import { SHORTCUT_GROUPS } from '../../../renderer/src/layout/shortcuts';
import { shortcutPhrasesFr } from '@common/i18n/catalogs/shortcutPhrases.fr';
import { createI18n, shortcutPhrase } from '@common/i18n/createI18n';

// Key names (Escape, Home, Mod+K) read the same in both languages; words in lower case do not.
const hasWords = (keys: string) => /\b[a-z]{3,}\b/.test(keys);

describe('the shortcut sheet in French', () => {
  it('has every title, description and worded key of the shortcut list', () => {
    const phrases = SHORTCUT_GROUPS.flatMap((g) => [g.title, ...g.shortcuts.flatMap((s) => [s.does, ...(hasWords(s.keys) ? [s.keys] : [])])]);
    expect(phrases.filter((p) => !(p in shortcutPhrasesFr))).toEqual([]);
  });
  it('reads a phrase with colons and slashes whole, and keeps English in English', () => {
    const phrase = 'Find in the source (Enter / Shift+Enter: next / previous)';
    expect(shortcutPhrase(createI18n('fr'), phrase)).toBe('Chercher dans la source (Entrée / Maj+Entrée\u00a0: suivant / précédent)');
    expect(shortcutPhrase(createI18n('en'), phrase)).toBe(phrase);
  });
});
