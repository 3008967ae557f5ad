import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { fromCodePointRange } from '../anchor/codePointRange';
import { HASH_PREFIX_LENGTH, parseLocator, type ParsedLocator } from './locator';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export type VerifyStatus = 'OK' | 'MISMATCH' | 'MISSING SOURCE' | 'HASH CHANGED';

export interface VerifyResult {
  readonly status: VerifyStatus;
  readonly footnote: string;
  readonly locator: ParsedLocator;
  /** The quote as the Markdown renders it, white space collapsed. */
  readonly quoted: string;
  /** The source's text at the locator's range, white space collapsed (when the source was found). */
  readonly expected?: string;
  readonly detail?: string;
}

/** A source as the import stores it (decoded, normalized) and the SHA-256 of that text. */
export interface VerifySource {
  readonly text: string;
  readonly hash: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

// CommonMark, as the issue asks, with GFM footnotes; HTML is parsed (as CommonMark does), so a quote
// that smuggled markup in would not read back as its text.
const md = new MarkdownIt('commonmark').use(footnote);

/** The text a reader sees in an inline token's children (formatting dropped, breaks as spaces). */
function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const t of children) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
  }
  return text;
}

interface FootnoteDef {
  id: number;
  label: string;
  children: Token[];
}

/** Block quotes' text keyed by the footnotes they reference; and every footnote definition. */
function collect(tokens: readonly Token[]): { quoteTextByFootnote: Map<number, string>; defs: FootnoteDef[] } {
  const quoteTextByFootnote = new Map<number, string>();
  const defs: FootnoteDef[] = [];
  let quoteDepth = 0;
  let quoteParts: string[] = [];
  let quoteRefs: number[] = [];
  let current: FootnoteDef | null = null;
  for (const token of tokens) {
    if (token.type === 'footnote_open') {
      current = { id: (token.meta as { id: number }).id, label: String((token.meta as { label?: string }).label ?? ''), children: [] };
      defs.push(current);
    } else if (token.type === 'footnote_close') {
      current = null;
    } else if (current && token.type === 'inline') {
      current.children.push(...(token.children ?? []));
    } else if (token.type === 'blockquote_open') {
      if (quoteDepth++ === 0) {
        quoteParts = [];
        quoteRefs = [];
      }
    } else if (token.type === 'blockquote_close') {
      if (--quoteDepth === 0) for (const id of quoteRefs) quoteTextByFootnote.set(id, quoteParts.join(' '));
    } else if (quoteDepth > 0 && token.type === 'inline') {
      const children = token.children ?? [];
      quoteParts.push(inlineText(children));
      for (const c of children) if (c.type === 'footnote_ref') quoteRefs.push((c.meta as { id: number }).id);
    }
  }
  return { quoteTextByFootnote, defs };
}

/** Finds the locator in a footnote, and the quoted text it vouches for. */
function readFootnote(def: FootnoteDef, quoteTextByFootnote: Map<number, string>): { locator: ParsedLocator; quoted: string | null } | null {
  const children = def.children;
  for (let i = 0; i < children.length; i++) {
    const t = children[i]!;
    if (t.type !== 'code_inline') continue;
    const after = children[i + 1]?.type === 'text' ? children[i + 1]!.content : '';
    const locator = parseLocator(t.content, after);
    if (!locator) continue;
    const before = inlineText(children.slice(0, i));
    // A citation's footnote holds its quote in « »; a quote block's footnote names the source, and the
    // quote is the block quote that references it.
    const cited = /^\s*« ([\s\S]*) » — $/.exec(before);
    return { locator, quoted: cited ? cited[1]! : (quoteTextByFootnote.get(def.id) ?? null) };
  }
  return null;
}

/**
 * Checks every locator of an exported note against its source: the quoted text must equal the
 * source's text at the code-point range (white space aside), and the hash must be the source's.
 */
export function verifyMarkdown(markdown: string, readSource: (fileName: string) => VerifySource | null): VerifyResult[] {
  const tokens = md.parse(markdown, {});
  const { quoteTextByFootnote, defs } = collect(tokens);
  const results: VerifyResult[] = [];
  for (const def of defs) {
    const found = readFootnote(def, quoteTextByFootnote);
    if (!found) continue;
    const { locator } = found;
    const footnoteName = `[^${def.label || def.id + 1}]`;
    const quoted = collapse(found.quoted ?? '');
    const source = readSource(locator.fileName);
    if (!source) {
      results.push({ status: 'MISSING SOURCE', footnote: footnoteName, locator, quoted, detail: `no source file named ${locator.fileName}` });
      continue;
    }
    // A changed source explains any difference: say that first.
    if (source.hash.slice(0, HASH_PREFIX_LENGTH) !== locator.hashPrefix) {
      results.push({ status: 'HASH CHANGED', footnote: footnoteName, locator, quoted, detail: `the source is now sha256:${source.hash.slice(0, HASH_PREFIX_LENGTH)}` });
      continue;
    }
    let expected: string;
    try {
      const range = fromCodePointRange(source.text, locator.cpStart, locator.cpEnd);
      expected = collapse(source.text.slice(range.start, range.end));
    } catch {
      results.push({ status: 'MISMATCH', footnote: footnoteName, locator, quoted, detail: 'the range lies outside the source' });
      continue;
    }
    if (found.quoted === null) {
      results.push({ status: 'MISMATCH', footnote: footnoteName, locator, quoted, expected, detail: 'no quoted text references this footnote' });
      continue;
    }
    results.push({ status: quoted === expected ? 'OK' : 'MISMATCH', footnote: footnoteName, locator, quoted, expected });
  }
  return results;
}
