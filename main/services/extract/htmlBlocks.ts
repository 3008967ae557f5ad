/**
 * The readable text of an HTML element as the reader shows it: one paragraph per block (headings,
 * paragraphs, quotes, table rows), list items one per line, `<br>` a line break. Only text nodes
 * are read: no attribute (no link target, no image source) ever reaches the stored text.
 */

/** The little of a DOM node we read, so linkedom and any other parser fit. */
export interface HtmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<HtmlNode>;
  readonly textContent: string | null;
}

/** A parsed page as linkedom gives it, typed by what we read (main is compiled without the DOM types). */
export interface ParsedPage {
  readonly document: {
    readonly body: HtmlNode | null;
    querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; readonly textContent: string | null }>;
  };
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Never text for a reader: code, styling, controls, navigation and embedded objects. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'NAV', 'HEAD', 'TITLE', 'META', 'LINK']);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'MAIN', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL',
]);

interface Block {
  readonly text: string;
  /** List items of one list are written on consecutive lines, everything else a blank line apart. */
  readonly listItem: boolean;
}

/** White space of HTML source (not the no-break space, which French typography relies on). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

class BlockWriter {
  readonly blocks: Block[] = [];
  private line = '';
  private lines: string[] = [];
  private preformatted = false;

  text(value: string, preformatted: boolean): void {
    if (preformatted) {
      this.preformatted = true;
      const [first = '', ...rest] = value.split('\n');
      this.line += first;
      for (const next of rest) this.breakLine(next);
    } else this.line += value.replace(HTML_SPACE, ' ');
  }

  breakLine(next = ''): void {
    this.lines.push(this.line);
    this.line = next;
  }

  /** Ends the current block; `prefix` marks a list item. */
  flush(prefix?: string): void {
    this.lines.push(this.line);
    // Preformatted text keeps its spaces; elsewhere spaces met at element edges (table cells) are one.
    const lines = this.preformatted ? this.lines : this.lines.map((l) => l.replace(/ {2,}/g, ' ').replace(/^ +| +$/g, ''));
    const text = lines.join('\n').replace(/^\n+|\n+$/g, '');
    this.lines = [];
    this.line = '';
    this.preformatted = false;
    if (text.trim() === '') return;
    this.blocks.push({ text: prefix ? `${prefix}${text}` : text, listItem: prefix !== undefined });
  }
}

function walk(node: HtmlNode, out: BlockWriter, context: { pre: boolean; listDepth: number }): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.textContent ?? '', context.pre);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.nodeName.toUpperCase();
  if (SKIPPED.has(name)) return;
  if (name === 'BR') {
    out.breakLine();
    return;
  }
  if (name === 'TD' || name === 'TH') {
    out.text(' ', false);
    for (const child of Array.from(node.childNodes)) walk(child, out, context);
    out.text(' ', false);
    return;
  }
  if (name === 'UL' || name === 'OL') {
    out.flush();
    let n = 0;
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === ELEMENT_NODE && child.nodeName.toUpperCase() === 'LI') {
        n++;
        const marker = name === 'OL' ? `${n}. ` : '- ';
        walkListItem(child, out, { ...context, listDepth: context.listDepth + 1 }, `${'  '.repeat(context.listDepth)}${marker}`);
      } else walk(child, out, context);
    }
    out.flush();
    return;
  }
  const block = BLOCKS.has(name) || name === 'LI';
  if (block) out.flush();
  const inner = name === 'PRE' ? { ...context, pre: true } : context;
  for (const child of Array.from(node.childNodes)) walk(child, out, inner);
  if (block) out.flush();
}

/** A list item: its own text on one line with its marker; a list inside it follows on its own lines. */
function walkListItem(item: HtmlNode, out: BlockWriter, context: { pre: boolean; listDepth: number }, marker: string): void {
  let marked = false;
  for (const child of Array.from(item.childNodes)) {
    const name = child.nodeName.toUpperCase();
    if (child.nodeType === ELEMENT_NODE && (name === 'UL' || name === 'OL')) {
      out.flush(marked ? undefined : marker);
      marked = true;
      walk(child, out, context);
    } else if (child.nodeType === ELEMENT_NODE && (name === 'P' || name === 'DIV')) {
      // <li><p>…</p></li> is still one item: its paragraph is read inline, after the marker.
      for (const grandchild of Array.from(child.childNodes)) walk(grandchild, out, context);
    } else walk(child, out, context);
  }
  out.flush(marked ? undefined : marker);
}

/** The blocks of `root` as stored text: blank lines between blocks, list items on consecutive lines. */
export function htmlBlocksToText(root: HtmlNode): string {
  const out = new BlockWriter();
  walk(root, out, { pre: false, listDepth: 0 });
  out.flush();
  let text = '';
  let previous: Block | undefined;
  for (const block of out.blocks) {
    if (previous) text += previous.listItem && block.listItem ? '\n' : '\n\n';
    text += block.text;
    previous = block;
  }
  return text;
}
