import { codeSpan } from './escapeMarkdown';
import { pageLocatorPart, parsePageLocatorPart, type PageSpan } from '../source/pageOfOffset';

/** Where a quote comes from, in the terms that leave the app: code points and the version's hash. */
export interface PassageLocator {
  readonly exact: string;
  readonly sourceTitle: string;
  readonly fileName: string;
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly versionHash: string;
  /** How the source is cited, when the notebook knows: « Ouest-France », and its date ('2024-11-01'). */
  readonly outlet?: string;
  readonly dateLabel?: string;
  /** Who wrote it, as the source's details say (« Jean Dupont », « AFP »), cited before the outlet. */
  readonly authors?: readonly string[];
  /** The source's citation key, set for the pandoc export: footnotes then cite `[@key, p. 3]`. */
  readonly citationKey?: string;
  /** Pages in the printed edition ('3', '3-4'), for the pandoc citation's locator. */
  readonly pages?: string;
  /** The pages of a paged source (PDF) the passage lies on: the locator gains `&p=3` or `&p=3-4`. */
  readonly page?: PageSpan;
}

export const HASH_PREFIX_LENGTH = 12;

/**
 * `` `file.txt#cp=812-870` sha256:02ccfc7f2b3d ``, or `` `report.pdf#cp=812-870&p=3` `` for a paged
 * source: the exact form `npm run verify` checks.
 */
export function formatLocator(l: Pick<PassageLocator, 'fileName' | 'cpStart' | 'cpEnd' | 'versionHash' | 'page'>): string {
  const page = l.page ? `&p=${pageLocatorPart(l.page)}` : '';
  return `${codeSpan(`${l.fileName}#cp=${l.cpStart}-${l.cpEnd}${page}`)} sha256:${l.versionHash.slice(0, HASH_PREFIX_LENGTH)}`;
}

const LOCATOR_CODE = /^(.+)#cp=(\d+)-(\d+)(?:&p=(\d+(?:-\d+)?))?$/;
const HASH_AFTER = /^\s*sha256:([0-9a-f]{12})\b/;

export interface ParsedLocator {
  readonly fileName: string;
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly hashPrefix: string;
  /** The page part (`&p=3`), when the locator has one. */
  readonly page?: PageSpan;
}

/** Reads a locator from a code span's content and the text right after it; null if it is not one. */
export function parseLocator(code: string, after: string): ParsedLocator | null {
  const m = LOCATOR_CODE.exec(code.trim());
  const h = HASH_AFTER.exec(after);
  if (!m || !h) return null;
  const page = m[4] === undefined ? null : parsePageLocatorPart(m[4]);
  if (m[4] !== undefined && page === null) return null;
  return { fileName: m[1]!, cpStart: Number(m[2]), cpEnd: Number(m[3]), hashPrefix: h[1]!, ...(page ? { page } : {}) };
}
