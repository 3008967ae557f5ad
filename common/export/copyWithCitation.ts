import { formatLocator, type PassageLocator } from './locator';

/** The source as a plain-text citation reads: authors, outlet, title, date; unknown parts left out. */
function plainSourceCitation(l: PassageLocator): string {
  const authors = (l.authors ?? []).map((a) => a.trim()).filter((a) => a !== '');
  return [authors.length ? authors.join(', ') : null, l.outlet?.trim() || null, l.sourceTitle.trim() || l.fileName, l.dateLabel?.trim() || null].filter((p) => p !== null).join(', ');
}

/**
 * What "Copy with citation" puts on the clipboard: the selected text as it is, a blank line, then a
 * citation line shaped like an exported footnote (« quote » — source — locator) with the export's own
 * locator. Plain text, not Markdown: the clipboard goes to mail and word processors too, where the
 * export's escapes (`Ouest\-France`) would show.
 */
export function textWithCitation(l: PassageLocator): string {
  const quote = l.exact.replace(/\s*\n\s*/g, ' ');
  return `${l.exact}\n\n« ${quote} » — ${plainSourceCitation(l)} — ${formatLocator(l)}`;
}
