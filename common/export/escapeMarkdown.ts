/**
 * Source text is data, never markup. These escape a passage so that a CommonMark parser reads it back
 * exactly (white space aside) and builds nothing from it: no heading, list, link, HTML, code or table.
 */

// Characters that start inline constructs anywhere in a line: emphasis, code, links, HTML, entities,
// GFM strikethrough and tables, and the backslash itself.
const INLINE_SPECIAL = /[\\`*_[\]<>&|~!]/g;

// What only means something at the start of a line: headings, block quotes, list markers, thematic
// breaks, setext underlines, ordered list numbers ("1." or "1)").
const LINE_START_SPECIAL = /^([#>+\-=]|\d+(?=[.)]))/;

function escapeLine(line: string): string {
  // Leading white space would make an indented code block: it goes (white space is not part of the check).
  const trimmed = line.replace(/^[ \t]+/, '');
  const inline = trimmed.replace(INLINE_SPECIAL, (ch) => `\\${ch}`);
  const m = LINE_START_SPECIAL.exec(inline);
  if (!m) return inline;
  // "12." → "12\." ; "-" → "\-"
  return /^\d/.test(m[0]) ? `${m[0]}\\${inline.slice(m[0].length)}` : `\\${inline}`;
}

/** Escapes text to sit inside a paragraph; line breaks stay line breaks (soft breaks when rendered). */
export function escapeMarkdownText(text: string): string {
  return text
    .split('\n')
    .map(escapeLine)
    .join('\n');
}

/** Escapes text for one line (footnotes): line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLine(text.replace(/\s*\n\s*/g, ' '));
}

/**
 * A block quote of literal text; blank lines between paragraphs stay inside the quote (as `>` lines).
 * An empty text still makes a quote (`>`), so a footnote reference written after it stays inside.
 */
export function markdownBlockQuote(text: string): string {
  return escapeMarkdownText(text.replace(/\n{2,}/g, '\n\n').trim())
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}

/** A code span holding `text`, fenced with more backticks than any run inside it. */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
