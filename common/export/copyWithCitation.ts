import { citedFootnote } from './footnoteText';
import type { PassageLocator } from './locator';

/**
 * What "Copy with citation" puts on the clipboard: the selected text as it is, a blank line, then
 * the same citation line an exported footnote carries (« quote » — source — locator), so a pasted
 * quote can be checked by `npm run verify` like an exported one.
 */
export function textWithCitation(l: PassageLocator): string {
  return `${l.exact}\n\n${citedFootnote(l)}`;
}
