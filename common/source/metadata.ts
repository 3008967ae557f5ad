import type { PartialDate } from '../dates/partialDate';

/**
 * What a person cites a source by, beyond its title and date: filled by hand, from a web page's
 * metadata, or from a dateline. Every field is optional because most imported text files carry none.
 */
export interface SourceMetadata {
  /** CSL item type, e.g. 'article-newspaper', 'article-magazine', 'webpage', 'report', 'document'. */
  readonly type?: string;
  /** The publication: « Ouest-France », « Le Figaro ». */
  readonly outlet?: string;
  /** Authors as written: « Jean Dupont », « AFP ». */
  readonly authors?: readonly string[];
  readonly url?: string;
  /** When the URL was read (ISO date). */
  readonly accessed?: string;
  /** Page range in the printed edition, e.g. '3' or '3-4'. */
  readonly pages?: string;
  /** The researcher's own notes on the source. */
  readonly notes?: string;
  /** A date the app read from the text or file name but the user has not accepted yet. */
  readonly suggestedDate?: PartialDate | null;
}
