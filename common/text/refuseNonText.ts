import type { Message } from '../i18n/message';
/**
 * Characters no text file is made of: control characters other than the white space of text
 * (tab, line feed, carriage return, form feed), unassigned and private-use code points, lone
 * surrogates, and U+FFFD left by bad bytes.
 */
const NOT_TEXT = /(?![\t\n\r\f])[\p{Cc}\p{Cn}\p{Co}\p{Cs}\uFFFD]/gu;
/**
 * Anything but tab, line feed, carriage return, form feed, printable ASCII, Latin-1 to the spacing
 * modifiers (U+00A0–U+02FF) and the general punctuation that is assigned (dashes, quotes, …): all
 * of those are text. A plain (non-Unicode) class is scanned far faster than the property classes.
 */
const BEYOND_PLAIN_TEXT = /[^\t\n\r\f\x20-\x7E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E]/;
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * Above this share of such characters a decoded file is refused. Text (the seeds, the Steinheil
 * OCR) has none or almost none; 4 KB of random bytes without NUL, read as Windows-1252, has 11–15 %
 * (every byte below 0x20 and five unassigned high bytes). 5 % keeps a wide margin both ways.
 */
export const MAX_NON_TEXT_SHARE = 0.05;

/** Share of the code points of `text` that no text file is made of. */
export function nonTextShare(text: string): number {
  // Most texts hold nothing beyond plain text: then there is nothing to count.
  if (!BEYOND_PLAIN_TEXT.test(text)) return 0;
  const bad = text.match(NOT_TEXT)?.length ?? 0;
  if (bad === 0) return 0;
  const total = text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
  return bad / total;
}

/** Why decoded bytes are not a text source, or null when they are text. */
export function refuseNonText(text: string): Message | null {
  const share = nonTextShare(text);
  if (share <= MAX_NON_TEXT_SHARE) return null;
  return { key: 'fileReasons.notText', values: { percent: Math.round(share * 100) } };
}
