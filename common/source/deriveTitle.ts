import { parsePartialDate, type PartialDate } from '../dates/partialDate';

export const MAX_TITLE_LENGTH = 120;

/** A leading `date YYYY-MM[-DD]` marker, as one seed carries on its first line. */
const DATE_MARKER = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)\s*/i;

export interface DerivedHeading {
  readonly title: string;
  readonly date: PartialDate | null;
}

function cutAfter(text: string, max: number): string {
  const chars = Array.from(text); // by code point, so an emoji is never cut in half
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('').trimEnd()}…`;
}

/**
 * Title and date of a source from its text: the first non-empty line, trimmed, cut after
 * 120 characters; a leading date marker on that line becomes the date and leaves the title.
 * Falls back to the file name when the text has no visible line.
 */
export function deriveHeading(text: string, fileName: string): DerivedHeading {
  const firstLine = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const marker = DATE_MARKER.exec(firstLine);
  const date = marker?.[1] ? parsePartialDate(marker[1]) : null;
  const rest = date && marker ? firstLine.slice(marker[0].length).trim() : firstLine;
  const title = rest === '' ? fileName.replace(/\.[^.]+$/, '') : cutAfter(rest, MAX_TITLE_LENGTH);
  return { title, date };
}
