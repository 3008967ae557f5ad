import { LINK, type TextMatchTransformer } from '@lexical/markdown';
import { $isLinkNode } from '@lexical/link';

// Protocols a reader may follow from an exported note. Anything else (javascript:, data:, vbscript:,
// file:) would be a live link in every Markdown viewer that renders HTML: it goes out as its text.
const SAFE_PROTOCOL = /^(https?|mailto|ftp):/i;
// A relative link (#anchor, a/b.md) has no scheme and opens nothing by itself.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function isSafeLinkUrl(url: string): boolean {
  // Browsers ignore tabs, line breaks and leading controls in a scheme ("java\tscript:"): so do we.
  const cleaned = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  return SAFE_PROTOCOL.test(cleaned) || !HAS_SCHEME.test(cleaned);
}

/** Lexical's link transformer, except that a link to an unsafe protocol is written as its text only. */
export const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  export: (node, exportChildren, exportFormat) => {
    if ($isLinkNode(node) && !isSafeLinkUrl(node.getURL())) return exportChildren(node);
    return LINK.export ? LINK.export(node, exportChildren, exportFormat) : null;
  },
};
