/**
 * Source text is data, never markup. These escape a passage so that a CommonMark parser reads it back
 * exactly (white space aside) and builds nothing from it: no heading, list, link, HTML, code or table.
 */

// Any ASCII punctuation mark may be backslash-escaped, in CommonMark and in pandoc's Markdown alike,
// and reads as itself. Marks are escaped wherever some reader would build something from them:
// CommonMark and GFM (emphasis, code, links, HTML, entities, tables, strikethrough), and pandoc's
// extensions ($…$ math, ^…^ and ~…~ super- and subscripts, {…} attributes, @key citations, ':' and
// ':::' definitions and divs, quotes and dashes turned typographic). Escaping ':' before "//", "."
// in "www.", and '@' also keeps GFM autolinking from making a link whose text would show backslashes.
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Ordinary in running text for every reader, and frequent: left bare so the file stays readable.
const PLAIN_MID_LINE = new Set([',', ';', '?', '/', '(', ')']);

// CommonMark readers turn U+0000 into U+FFFD; the file should not hold it either.
const NUL = /\u0000/g;

/** Whether the punctuation mark at `i` needs its backslash; `firstWordEnd` ends the line's first word. */
function needsEscape(line: string, i: number, firstWordEnd: number): boolean {
  const ch = line[i]!;
  // The first word of a line may be a list marker in some reader ("1.", "3)", "a.", "(i)", "#.", "-").
  if (i < firstWordEnd) return true;
  const next = line[i + 1] ?? '';
  const prev = line[i - 1] ?? '';
  if (PLAIN_MID_LINE.has(ch)) return false;
  // A sentence's full stop stays bare; "...", "www.x", "3.5" and "a.b" do not.
  if (ch === '.') return next !== '' && !/\s/.test(next);
  // "dit : «" stays bare; "https:", "10:30" and ":smile:" do not.
  if (ch === ':') return next !== '' && !/\s/.test(next);
  // A hyphen inside a word stays bare; "--" and "---" would become dashes.
  if (ch === '-') return next === '-' || prev === '-';
  return true;
}

function escapeLine(line: string): string {
  // Leading white space would make an indented code block: it goes (white space is not part of the check).
  const text = line.replace(/^[ \t]+/, '').replace(NUL, '\ufffd');
  const space = text.search(/\s/);
  const firstWordEnd = space < 0 ? text.length : space;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    out += ASCII_PUNCTUATION.test(ch) && needsEscape(text, i, firstWordEnd) ? `\\${ch}` : ch;
  }
  return out;
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
