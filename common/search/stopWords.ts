import { stem } from './analyzer';

/**
 * Words that say little on their own: articles, possessives, prepositions, conjunctions and
 * pronouns (French first, a few English). A query word among them, or of one or two letters, is
 * « weak »: it only counts inside a run of other query words (« Kim Jong Un », « Corée du Nord »),
 * so « un », « du », « son » alone never make a document match, rank or get marked.
 */
const WORDS = [
  // articles and contractions
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux',
  // possessives and demonstratives
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces',
  // prepositions, conjunctions, pronouns
  'a', 'à', 'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'entre', 'vers', 'et', 'ou', 'mais', 'donc', 'ni', 'car', 'que', 'qui', 'quoi', 'dont', 'il', 'elle', 'ils', 'elles', 'on', 'se', 'ne', 'pas', 'y', 'est',
  // English
  'the', 'of', 'and', 'an', 'to', 'in', 'on', 'at', 'by', 'for', 'is', 'his', 'her', 'its', 'their',
];

// Query terms go through the analyzer's stemmer, so the list does too (« leurs » → « leur », « dans » → « dan »).
const STOP = new Set(WORDS.map((w) => stem(w.normalize('NFD').replace(/\p{M}/gu, ''))));
const HAS_DIGIT = /\d/;

/** True for a query term that only counts inside a run: a stop word, or one or two letters (not a number: « 13 » counts). */
export function isWeakTerm(term: string): boolean {
  if (HAS_DIGIT.test(term)) return false;
  return term.length <= 2 || STOP.has(term);
}
