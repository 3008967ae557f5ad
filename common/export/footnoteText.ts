import { escapeMarkdownInline } from './escapeMarkdown';
import { formatLocator, type PassageLocator } from './locator';

/**
 * What a footnote says about a source, as a citation reads: authors, outlet, *title*, date. Parts the
 * notebook does not know are left out; the title falls back on the file name.
 */
export function sourceCitation(l: PassageLocator): string {
  if (l.citationKey) return pandocCitation(l.citationKey, l.pages);
  const title = `*${escapeMarkdownInline(l.sourceTitle.trim() || l.fileName)}*`;
  const authors = (l.authors ?? []).map((a) => a.trim()).filter((a) => a !== '');
  return [authors.length ? escapeMarkdownInline(authors.join(', ')) : null, l.outlet?.trim() ? escapeMarkdownInline(l.outlet.trim()) : null, title, l.dateLabel?.trim() ? escapeMarkdownInline(l.dateLabel.trim()) : null].filter((p) => p !== null).join(', ');
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

/**
 * A pandoc citation, `[@ouestfrance2024a, p. 3]`: citeproc renders it in the chosen CSL style and lists
 * the source in the bibliography. Keys are ASCII letters and digits (citationKeys); pages keep only
 * what a page locator holds, so nothing can close the brackets early.
 */
export function pandocCitation(key: string, pages?: string): string {
  const page = pages?.replace(/[^0-9A-Za-z\u2013\-, ]/g, '').trim();
  return `[@${key.replace(/[^A-Za-z0-9]/g, '')}${page ? `, ${/[-\u2013,]/.test(page) ? 'pp.' : 'p.'} ${page}` : ''}]`;
}
