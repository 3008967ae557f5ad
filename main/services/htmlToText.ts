import { parseHTML } from 'linkedom';

/**
 * The readable text of an HTML fragment (what a browser puts on the clipboard as `text/html`): a
 * minimal, safe extraction. linkedom parses without a browser: no script runs, no resource loads,
 * nothing is rendered. Headings, paragraphs, list items and table rows become paragraphs; `br` a
 * line break; scripts, styles, forms, navigation and embedded objects are dropped with their text.
 * (The formats work brings a fuller, readability-style extractor for saved pages.)
 */

/** Elements whose content is never reading text. */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'NAV', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK', 'AUDIO', 'VIDEO']);
/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'UL', 'OL', 'DL', 'FIGURE', 'FIGCAPTION', 'HR', 'ADDRESS', 'CAPTION']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlToText(html: string): string {
  // linkedom types its result as a browser Window; only the body's nodes are read, as plain data.
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: { body: DomNode } };
  const paragraphs: string[] = [];
  let line = '';
  let inPre = 0;
  const endParagraph = () => {
    const text = line.replace(/^[ \t\n]+|[ \t\n]+$/g, '');
    if (text !== '') paragraphs.push(text);
    line = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.textContent ?? '';
      // Outside <pre>, runs of white space are one space, as a browser shows them.
      // (ASCII white space only: a no-break space before « ; » is French typography, kept.)
      if (inPre > 0) line += raw;
      else {
        const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
        line += line === '' || line.endsWith('\n') || line.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (DROPPED.has(name)) return;
    if (name === 'BR') {
      line = `${line.trimEnd()}\n`;
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    if (name === 'PRE') inPre++;
    for (const child of Array.from(node.childNodes)) visit(child);
    if (name === 'PRE') inPre--;
    if (block) endParagraph();
    // Table cells of one row stay on one line, apart.
    if (name === 'TD' || name === 'TH') line += ' ';
  };
  visit(document.body);
  endParagraph();
  return paragraphs.join('\n\n');
}
