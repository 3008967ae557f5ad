import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { asCodePointOffset, toStrIndex } from '../text/codePoints';
import { HASH_PREFIX_LENGTH, parseLocator, type ParsedLocator } from './locator';
import { sha256Hex } from './sha256';
import { formatPageSpan, pageSpanOf } from '../source/pageOfOffset';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

export type VerifyStatus = 'OK' | 'MISMATCH' | 'MISSING SOURCE' | 'HASH CHANGED' | 'WRONG PAGE';

export interface VerifyResult {
  readonly status: VerifyStatus;
  /** The footnote holding the locator, e.g. `[^3]`. */
  readonly footnote: string;
  readonly locator: ParsedLocator;
  /** The quote as the Markdown renders it, white space collapsed. */
  readonly quoted: string;
  /** The source's text at the locator's range, white space collapsed (when it could be read). */
  readonly expected?: string;
  readonly detail?: string;
}

/**
 * Reads a source by the file name a locator gives: its text decoded and normalized exactly as the
 * import stores it (decodeSourceBytes, then normalizeSourceText), or null when there is no such file.
 */
export type ReadSource = (fileName: string) => string | SourceText | null;

/**
 * A source's extracted text with where its pages begin (code points), as a self-contained export's
 * `sources/` holds it for a PDF: a locator's `&p=` page is then checked too.
 */
export interface SourceText {
  readonly text: string;
  readonly pageStarts?: readonly number[];
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

// CommonMark with HTML on (as the spec has it), plus footnotes: a quote that smuggled markup in would
// not read back as its text. Not linkify or typographer: both would change what the text says.
const md = new MarkdownIt('commonmark').use(footnote);

/** The text a reader sees in an inline token's children: formatting dropped, line breaks as spaces. */
function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const t of children) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
  }
  return text;
}

interface FootnoteDef {
  readonly id: number;
  readonly label: string;
  readonly children: Token[];
}

interface Collected {
  /** For each footnote referenced from inside a block quote, the text of that block quote. */
  readonly quoteTextByFootnote: Map<number, string>;
  readonly defs: FootnoteDef[];
}

function collect(tokens: readonly Token[]): Collected {
  const quoteTextByFootnote = new Map<number, string>();
  const defs: FootnoteDef[] = [];
  let quoteDepth = 0;
  let quoteParts: string[] = [];
  let quoteRefs: number[] = [];
  let current: FootnoteDef | null = null;
  for (const token of tokens) {
    if (token.type === 'footnote_open') {
      const meta = token.meta as { id: number; label?: string };
      current = { id: meta.id, label: meta.label ?? String(meta.id + 1), children: [] };
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

/**
 * Every text a footnote puts in « » before its locator, widest first. The quote may stand anywhere
 * (a person may add words around it) and may itself hold « or »: each pairing of an opening « with a
 * later » is a candidate, and the source decides which one is the quote.
 */
function guillemetCandidates(before: string): string[] {
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = before.indexOf('« '); i >= 0; i = before.indexOf('« ', i + 1)) opens.push(i + 2);
  for (let i = before.indexOf(' »'); i >= 0; i = before.indexOf(' »', i + 1)) closes.push(i);
  const out: string[] = [];
  for (const o of opens) for (const c of [...closes].reverse()) if (c >= o) out.push(before.slice(o, c));
  return out.slice(0, 400);
}

interface FootnoteFound {
  readonly locator: ParsedLocator;
  /** Texts in « » before the locator (a citation's footnote). */
  readonly cited: string[];
  /** The block quote that references the footnote (a quote block's footnote), or null. */
  readonly blockQuote: string | null;
}

/** The locator in a footnote and the texts that may be the quote it vouches for. */
function readFootnote(def: FootnoteDef, quoteTextByFootnote: ReadonlyMap<number, string>): FootnoteFound | null {
  const children = def.children;
  for (let i = 0; i < children.length; i++) {
    const t = children[i]!;
    if (t.type !== 'code_inline') continue;
    const next = children[i + 1];
    const locator = parseLocator(t.content, next?.type === 'text' ? next.content : '');
    if (!locator) continue;
    // A citation's footnote holds its quote in « »; a quote block's footnote names the source, and
    // its quote is the block quote that references it.
    return { locator, cited: guillemetCandidates(inlineText(children.slice(0, i))), blockQuote: quoteTextByFootnote.get(def.id) ?? null };
  }
  return null;
}

/** YAML front matter is not Markdown: left in, its closing `---` would make a heading of the block. */
function stripFrontMatter(markdown: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(markdown);
  return m ? markdown.slice(m[0].length) : markdown;
}

/** Hashes by text, kept across calls: a folder's notes mostly cite the same few sources. */
const hashes = new Map<string, string>();
function hashOf(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    if (hashes.size >= 64) hashes.clear();
    hash = sha256Hex(text);
    hashes.set(text, hash);
  }
  return hash;
}

/** The source's text at a code-point range, or null when the range does not lie inside it. */
function sliceCodePoints(text: string, start: number, end: number): string | null {
  if (start > end) return null;
  try {
    return text.slice(toStrIndex(text, asCodePointOffset(start)), toStrIndex(text, asCodePointOffset(end)));
  } catch {
    return null;
  }
}

/**
 * A quote found verbatim is on the page its locator names when the source says where its pages
 * begin; a source without page starts (a plain text file) cannot vouch for a page, and says so.
 */
function checkPage(locator: ParsedLocator, source: SourceText): { status: VerifyStatus; detail?: string } {
  if (!locator.page) return { status: 'OK' };
  const actual = pageSpanOf(source.pageStarts, locator.cpStart, locator.cpEnd);
  if (actual === null) return { status: 'OK', detail: `page ${formatPageSpan(locator.page)} not checked: the source text given records no pages` };
  if (actual.first === locator.page.first && actual.last === locator.page.last) return { status: 'OK' };
  return { status: 'WRONG PAGE', detail: `the locator says ${formatPageSpan(locator.page)}, the quote is on ${formatPageSpan(actual)} of the source` };
}

/**
 * Checks every locator in the footnotes of an exported note against its source: the hash prefix must
 * be the source's, and the quoted text (as a Markdown parser renders it) must equal the source's text
 * at the code-point range, white space aside. Footnotes without a locator (a deleted passage) are not
 * verifiable and yield no result.
 */
export function verifyMarkdown(markdown: string, readSource: ReadSource): VerifyResult[] {
  const { quoteTextByFootnote, defs } = collect(md.parse(stripFrontMatter(markdown), {}));
  const sources = new Map<string, SourceText | null>();
  const results: VerifyResult[] = [];
  for (const def of defs) {
    const found = readFootnote(def, quoteTextByFootnote);
    if (!found) continue;
    const { locator } = found;
    const options = [...found.cited, ...(found.blockQuote === null ? [] : [found.blockQuote])];
    // Shown when nothing matches: the block quote when there is one, else the widest « ».
    const shown = found.blockQuote ?? found.cited[0] ?? null;
    const base = { footnote: `[^${def.label}]`, locator, quoted: collapse(shown ?? '') };
    if (!sources.has(locator.fileName)) {
      const read = readSource(locator.fileName);
      sources.set(locator.fileName, typeof read === 'string' ? { text: read } : read);
    }
    const source = sources.get(locator.fileName) ?? null;
    if (source === null) {
      results.push({ ...base, status: 'MISSING SOURCE', detail: `no source file named ${locator.fileName}` });
      continue;
    }
    // A changed source explains any difference in the text: say that first.
    const text = source.text;
    const hash = hashOf(text).slice(0, HASH_PREFIX_LENGTH);
    if (hash !== locator.hashPrefix) {
      results.push({ ...base, status: 'HASH CHANGED', detail: `the export names sha256:${locator.hashPrefix}, the source is now sha256:${hash}` });
      continue;
    }
    const slice = sliceCodePoints(text, locator.cpStart, locator.cpEnd);
    if (slice === null) {
      results.push({ ...base, status: 'MISMATCH', detail: `the range ${locator.cpStart}-${locator.cpEnd} does not lie inside the source` });
      continue;
    }
    const expected = collapse(slice);
    const match = options.find((o) => collapse(o) === expected);
    if (match !== undefined) results.push({ ...base, quoted: collapse(match), expected, ...checkPage(locator, source) });
    else if (shown === null) results.push({ ...base, status: 'MISMATCH', expected, detail: 'no quoted text references this footnote' });
    else results.push({ ...base, status: 'MISMATCH', expected });
  }
  return results;
}
