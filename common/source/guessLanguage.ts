/**
 * A small stop-word vote: enough to tell the languages our corpora are written in, with no
 * dependency or model to ship. Returns 'und' (undetermined) when nothing stands out.
 */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  fr: ['le', 'la', 'les', 'des', 'du', 'une', 'et', 'est', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'avec', 'au', 'aux', 'ont', 'été', 'sont', 'cette', 'nous'],
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'was', 'for', 'with', 'are', 'on', 'as', 'by', 'this', 'have', 'from', 'which', 'were', 'has'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auf', 'für', 'sich', 'dem', 'auch', 'wird'],
  es: ['el', 'los', 'las', 'y', 'es', 'en', 'que', 'por', 'con', 'para', 'una', 'del', 'se', 'como', 'pero', 'fue', 'está'],
  it: ['il', 'gli', 'della', 'che', 'è', 'per', 'con', 'non', 'una', 'sono', 'nel', 'alla', 'anche', 'questo', 'di', 'degli'],
};

/** Each stop word with the languages it belongs to, built once: one look-up per word of a text. */
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, list] of Object.entries(STOP_WORDS)) for (const word of list) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);

export function guessLanguage(text: string): string {
  const words = text.toLowerCase().match(/\p{L}+/gu)?.slice(0, 5000) ?? [];
  if (words.length === 0) return 'und';
  const scores = new Map<string, number>();
  for (const word of words) for (const language of LANGUAGES_OF.get(word) ?? []) scores.set(language, (scores.get(language) ?? 0) + 1);
  let best = 'und';
  let bestScore = 0;
  // In the order of STOP_WORDS, so a tie goes to the same language as before.
  for (const language of Object.keys(STOP_WORDS)) {
    const score = scores.get(language) ?? 0;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  // Under 3% stop words is not a language we can tell apart; say so rather than guess.
  return bestScore / words.length >= 0.03 ? best : 'und';
}
