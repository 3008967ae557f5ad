import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlBlocksToText, type HtmlNode, type ParsedPage } from './htmlBlocks';
import { readHtmlMetadata, type HtmlMetadata } from './htmlMetadata';

export interface ExtractedHtml {
  /** The readable article: title, headings, paragraphs, lists; no navigation, scripts or styles. */
  readonly text: string;
  readonly metadata: HtmlMetadata;
}

/**
 * The article of a saved web page. linkedom builds a DOM without running a script or fetching
 * anything (no network, no timers, no event loop of its own), so a hostile page can do nothing but
 * be read. Readability then keeps the article and drops navigation, sidebars and ads; when it
 * finds no article (a short page), the whole body is read instead.
 */
export function extractHtml(html: string): ExtractedHtml {
  const { document } = parseHTML(html) as unknown as ParsedPage;
  // Metadata first: Readability rewrites the document it reads.
  const metadata = readHtmlMetadata(document);
  const body = document.body;
  const fallback = body ? htmlBlocksToText(body) : '';
  let articleText = '';
  try {
    const article = new Readability(document as unknown as Document, { serializer: (el) => el }).parse();
    const content = article?.content as unknown as HtmlNode | null | undefined;
    if (content && typeof content === 'object') articleText = htmlBlocksToText(content);
  } catch {
    // Readability gives up on some pages; the body's text is still the page.
  }
  const text = articleText.trim() !== '' ? articleText : fallback;
  // The article's own title leads the text, so it is read (and can be quoted) where the page shows it.
  const title = metadata.title;
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: withTitle, metadata };
}
