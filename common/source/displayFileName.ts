/**
 * Characters a file name may hold that would lie on screen: C0/C1 controls (a newline breaks the
 * report line) and the bidirectional controls (U+202E turns `report‮fdp.exe` into `reportexe.pdf`).
 * Zero-width joiners are kept: emoji need them.
 */
const CONTROLS = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** A name longer than this is cut in the middle: most file systems stop at 255 bytes anyway. */
export const MAX_DISPLAY_NAME = 120;

/**
 * The file name as the library and the reports show it: controls removed, runs of white space made
 * one space, cut to 120 code points keeping the extension. The original path is still what
 * identifies the file; this is only what a person reads.
 */
export function displayFileName(name: string): string {
  const cleaned = name.replace(CONTROLS, '').replace(/\s+/gu, ' ').trim().normalize('NFC');
  if (cleaned === '') return 'untitled';
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_DISPLAY_NAME) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 && cleaned.length - dot <= 10 ? Array.from(cleaned.slice(dot)) : [];
  const keep = MAX_DISPLAY_NAME - extension.length - 1;
  return `${chars.slice(0, keep).join('').trimEnd()}…${extension.join('')}`;
}
