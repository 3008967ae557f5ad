import type { JudgedQuery } from './judgedQueries';

/**
 * Held-out queries: written and judged by hand from the source files BEFORE the search was ever run
 * on them (the 49 of judgedQueries.ts were judged after the ranking was built, so they may flatter
 * it). Each was chosen by reading the seeds and the Steinheil texts; which documents hold it was
 * counted with grep over the texts, their OCR line-break hyphens joined. Nothing here was tuned
 * afterwards: a miss stays a miss and is reported as such.
 */
export const HELD_OUT_QUERIES: readonly JudgedQuery[] = [
  // Seeds: names, one of them sharing « Kim » with Kim Jong Un
  { query: 'Antony Blinken', what: 'name', relevant: ['s3'], land: /^antony blinken$/ },
  { query: 'Koursk', what: 'name', relevant: ['s3'], land: /^koursk$/ },
  { query: 'Philip Goldberg', what: 'name', relevant: ['s2'], land: /^philip goldberg$/ },
  { query: 'goldberc', what: 'typo', relevant: ['s2'], land: /^goldberg$/ },
  { query: 'Dmitri Peskov', what: 'name', relevant: ['s2'], land: /^dmitri peskov$/ },
  { query: 'Kim Yung Ho', what: 'name', relevant: ['s2'], land: /^kim yung ho$/ },
  { query: 'Pyongyang', what: 'name', relevant: ['s1', 's2', 's3', 's4'], land: /^pyongyang$/ },
  // Seeds: phrases, accents, inflections
  { query: 'missile balistique intercontinental', what: 'phrase', relevant: ['s0'], land: /^missile balistique intercontinental$/ },
  { query: 'agence de presse TASS', what: 'phrase', relevant: ['s1'], land: /^agence de presse tass$/ },
  { query: '"guerre sainte"', what: 'phrase', relevant: ['s4'], land: /^guerre sainte$/ },
  { query: 'arsenal nucleaire', what: 'accents', relevant: ['s3'], land: /^arsenal nucleaire$/ },
  // s3 has « sécurité » but not the phrase: only s2 counts.
  { query: 'conseil de securite', what: 'phrase', relevant: ['s2'], land: /^conseil de securite$/ },
  { query: 'camaraderie incassable', what: 'phrase', relevant: ['s1'], land: /^camaraderie incassable$/ },
  { query: 'conteneur', what: 'inflection', relevant: ['s1'], land: /^conteneurs$/ },
  { query: 'sacs mortuaires', what: 'phrase', relevant: ['s3'], land: /^sacs mortuaires$/ },
  // Steinheil: names (some cut across lines), phrases, OCR cuts, a date
  { query: 'Félix Faure', what: 'name', relevant: ['fj', 'hj'], land: /^felix faure$/ },
  { query: 'Lucien Gaillard', what: 'name', relevant: ['fn'], land: /^lucien gaillard$/ },
  // fn cuts « Saint-/Lazare » at a line end; hn writes it whole.
  { query: 'Saint-Lazare', what: 'ocr', relevant: ['fn', 'hn'], land: /^saint lazare$/ },
  { query: 'Adolphe Steinheil', what: 'name', relevant: ['fj', 'hj'], land: /^adolphe steinheil$/ },
  { query: 'Louis Geoffroy', what: 'name', relevant: ['hj'], land: /^louis geoffroy$/ },
  { query: 'Marie Wolff', what: 'name', relevant: ['hj'], land: /^marie wolff$/ },
  { query: 'Souloy', what: 'name', relevant: ['fn', 'hn'], land: /^souloy$/ },
  { query: 'complicité de meurtre', what: 'phrase', relevant: ['fn'], land: /^complicite de meurtre$/ },
  { query: 'assassins mystérieux', what: 'phrase', relevant: ['hj'], land: /^assassins mysterieux$/ },
  // fn cuts « ho-/micide » at a line end.
  { query: 'homicide', what: 'ocr', relevant: ['fn'], land: /^homicide$/ },
  { query: 'préméditation', what: 'accents', relevant: ['fn'], land: /^premeditation$/ },
  { query: 'janvier 1899', what: 'date', relevant: ['hj'], land: /^janvier 1899$/ },
];
