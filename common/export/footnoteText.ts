import { escapeMarkdownInline } from './escapeMarkdown';
import { formatLocator, type PassageLocator } from './locator';

/**
 * What a footnote says about a source, as a citation reads: outlet, *title*, date. Parts the notebook
 * does not know are left out; the title falls back on the file name.
 */
export function sourceCitation(l: PassageLocator): string {
  const title = `*${escapeMarkdownInline(l.sourceTitle.trim() || l.fileName)}*`;
  return [l.outlet?.trim() ? escapeMarkdownInline(l.outlet.trim()) : null, title, l.dateLabel?.trim() ? escapeMarkdownInline(l.dateLabel.trim()) : null].filter((p) => p !== null).join(', ');
}

/** The footnote of a quote block: the source as cited, then the locator (the quote is the block itself). */
export function quoteFootnote(l: PassageLocator): string {
  return `${sourceCitation(l)} — ${formatLocator(l)}`;
}

/**
 * The footnote of a citation: « quote », an optional note in parentheses, the source as cited, then
 * the locator. `npm run verify` finds the « quote » anywhere before the locator.
 */
export function citedFootnote(l: PassageLocator, note = ''): string {
  const tail = note ? ` (${escapeMarkdownInline(note.replace(/[()«»]/g, ''))})` : '';
  return `« ${escapeMarkdownInline(l.exact)} »${tail} — ${sourceCitation(l)} — ${formatLocator(l)}`;
}
