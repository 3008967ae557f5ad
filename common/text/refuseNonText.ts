/**
 * Characters no text file is made of: control characters other than the white space of text
 * (tab, line feed, carriage return, form feed), unassigned and private-use code points, lone
 * surrogates, and U+FFFD left by bad bytes.
 */
const NOT_TEXT = /[\p{Cc}\p{Cn}\p{Co}\p{Cs}\uFFFD]/u;
const TEXT_CONTROLS = new Set(['\t', '\n', '\r', '\f']);

/**
 * Above this share of such characters a decoded file is refused. Text (the seeds, the Steinheil
 * OCR) has none or almost none; 4 KB of random bytes without NUL, read as Windows-1252, has 11–15 %
 * (every byte below 0x20 and five unassigned high bytes). 5 % keeps a wide margin both ways.
 */
export const MAX_NON_TEXT_SHARE = 0.05;

/** Share of the code points of `text` that no text file is made of. */
export function nonTextShare(text: string): number {
  let total = 0;
  let bad = 0;
  for (const ch of text) {
    total++;
    if (!TEXT_CONTROLS.has(ch) && NOT_TEXT.test(ch)) bad++;
  }
  return total === 0 ? 0 : bad / total;
}

/** Why decoded bytes are not a text source, or null when they are text. */
export function refuseNonText(text: string): string | null {
  const share = nonTextShare(text);
  if (share <= MAX_NON_TEXT_SHARE) return null;
  return `the file is not text (${Math.round(share * 100)} % of its characters are control or unassigned characters)`;
}
