/**
 * Judged queries for the search relevance benchmark, over the five seeds and the four Steinheil
 * texts (../shared/corpora/steinheil-1908). Judged by hand from the source files (grep -o -i of each
 * expression, then reading the places): `relevant` lists every document where a researcher expects
 * the query to land, `land` the words (folded: lower case, no accents, hyphens as spaces, OCR
 * line-break hyphenation joined) the reader must land on there. Nothing here comes from the search code.
 *
 * Documents: s0…s4 = seeds/000…004; fj / fn = Le Figaro, 1 June / 27 November 1908; hj / hn =
 * L'Humanité, 1 June / 27 November 1908.
 */
export type DocId = 's0' | 's1' | 's2' | 's3' | 's4' | 'fj' | 'fn' | 'hj' | 'hn';

export interface JudgedQuery {
  readonly query: string;
  readonly what: 'name' | 'variant' | 'phrase' | 'inflection' | 'accents' | 'ocr' | 'date' | 'typo';
  readonly relevant: readonly DocId[];
  readonly land: RegExp;
}

const SEEDS_ALL: DocId[] = ['s0', 's1', 's2', 's3', 's4'];
const STEINHEIL_ALL: DocId[] = ['fj', 'fn', 'hj', 'hn'];

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Names and their variants
  { query: 'Kim Jong Un', what: 'name', relevant: ['s0', 's1', 's2', 's4'], land: /^kim jong un$/ },
  { query: 'kim jong-un', what: 'variant', relevant: ['s0', 's1', 's2', 's4'], land: /^kim jong un$/ },
  { query: 'KIM JONG UN', what: 'variant', relevant: ['s0', 's1', 's2', 's4'], land: /^kim jong un$/ },
  { query: 'Sergueï Lavrov', what: 'name', relevant: ['s0', 's1', 's3', 's4'], land: /^serguei lavrov$/ },
  { query: 'serguei lavrov', what: 'accents', relevant: ['s0', 's1', 's3', 's4'], land: /^serguei lavrov$/ },
  { query: 'lavrof', what: 'typo', relevant: ['s0', 's1', 's3', 's4'], land: /^lavrov$/ },
  { query: 'Choe Son-hui', what: 'name', relevant: ['s0', 's1', 's3', 's4'], land: /^choe son hui$/ },
  { query: 'choe son hui', what: 'variant', relevant: ['s0', 's1', 's3', 's4'], land: /^choe son hui$/ },
  { query: 'Vladimir Poutine', what: 'name', relevant: ['s0', 's2', 's3', 's4'], land: /^vladimir poutine$/ },
  { query: 'Poutine', what: 'name', relevant: SEEDS_ALL, land: /^poutine$/ },
  { query: 'Mme Steinheil', what: 'name', relevant: STEINHEIL_ALL, land: /^mme steinheil$/ },
  { query: 'Rémy Couillard', what: 'name', relevant: STEINHEIL_ALL, land: /^remy couillard$/ },
  { query: 'remy couillard', what: 'accents', relevant: STEINHEIL_ALL, land: /^remy couillard$/ },
  { query: 'Alexandre Wolff', what: 'name', relevant: ['fn', 'hn'], land: /^alexandre wolff$/ },
  { query: 'Mariette Wolff', what: 'name', relevant: ['fn', 'hn'], land: /^mariette wolff$/ },
  { query: 'M. Hamard', what: 'name', relevant: STEINHEIL_ALL, land: /^(m )?hamard$/ },
  { query: 'Leydet', what: 'name', relevant: STEINHEIL_ALL, land: /^leydet$/ },
  { query: 'Mme Japy', what: 'name', relevant: STEINHEIL_ALL, land: /^mme japy$/ },
  // Phrases, quoted or not
  { query: '"Corée du Nord"', what: 'phrase', relevant: SEEDS_ALL, land: /^coree du nord$/ },
  { query: 'coree du nord', what: 'phrase', relevant: SEEDS_ALL, land: /^coree du nord$/ },
  { query: '« armée russe »', what: 'phrase', relevant: ['s3', 's4'], land: /^armee russe$/ },
  { query: 'armee russe', what: 'phrase', relevant: ['s3', 's4'], land: /^armee russe$/ },
  { query: 'traité de partenariat stratégique', what: 'phrase', relevant: ['s3', 's4'], land: /^traite de partenariat strategique$/ },
  { query: 'partenariat stratégique', what: 'phrase', relevant: ['s3', 's4'], land: /^partenariat strategique$/ },
  { query: 'péninsule coréenne', what: 'phrase', relevant: ['s0'], land: /^peninsule coreenne$/ },
  { query: 'troupes nord-coréennes', what: 'phrase', relevant: ['s0'], land: /^troupes nord coreennes$/ },
  { query: 'soldats nord-coréens', what: 'phrase', relevant: ['s0', 's3'], land: /^soldats nord coreens$/ },
  { query: 'nord-coréens', what: 'inflection', relevant: ['s0', 's1', 's3'], land: /^nord coreens$/ },
  { query: 'impasse Ronsin', what: 'phrase', relevant: STEINHEIL_ALL, land: /^impasse ronsin$/ },
  { query: 'rue de Vaugirard', what: 'phrase', relevant: ['fj'], land: /^rue de vaugirard$/ },
  // Inflections
  { query: 'soldat', what: 'inflection', relevant: ['s0', 's3', 'fn'], land: /^soldats?$/ },
  { query: 'munition', what: 'inflection', relevant: ['s1', 's2'], land: /^munitions?$/ },
  { query: 'délégation', what: 'inflection', relevant: ['s2'], land: /^delegations?$/ },
  { query: 'sanction', what: 'inflection', relevant: ['s2'], land: /^sanctions?$/ },
  { query: 'peintres', what: 'inflection', relevant: STEINHEIL_ALL, land: /^peintres?$/ },
  // Accents and case
  { query: 'etats-unis', what: 'accents', relevant: ['s0', 's1', 's2', 's3'], land: /^etats unis$/ },
  { query: 'seoul', what: 'accents', relevant: ['s2'], land: /^seoul$/ },
  { query: 'surete', what: 'accents', relevant: STEINHEIL_ALL, land: /^surete$/ },
  { query: 'kcna', what: 'accents', relevant: ['s0', 's2'], land: /^kcna$/ },
  // Words cut across a line by OCR
  { query: 'Vaugirard', what: 'ocr', relevant: ['fj', 'hj', 'hn'], land: /^vaugirard$/ },
  { query: 'Alfred Boucher', what: 'ocr', relevant: ['fj', 'hj'], land: /^alfred boucher$/ },
  // fj cuts « domesti-/ques »; hj writes « domestique » (a researcher accepts the singular).
  { query: 'domestiques', what: 'ocr', relevant: ['fj', 'hj'], land: /^domestiques?$/ },
  // Dates
  { query: '22 septembre', what: 'date', relevant: ['s2'], land: /^22 septembre$/ },
  { query: '20 septembre', what: 'date', relevant: ['s2'], land: /^20 septembre$/ },
  { query: '6 novembre', what: 'date', relevant: ['s3'], land: /^6 novembre$/ },
  { query: '31 mai', what: 'date', relevant: ['fn'], land: /^31 mai$/ },
  { query: '27 juin', what: 'date', relevant: ['fn', 'hn'], land: /^27 juin$/ },
  { query: '15 avril', what: 'date', relevant: ['hj'], land: /^15 avril$/ },
  { query: '8 août', what: 'date', relevant: ['fj'], land: /^8 aout$/ },
];
