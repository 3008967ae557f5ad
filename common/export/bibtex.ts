// citation.js writes BibTeX from CSL-JSON: escaping of accents and braces, name lists and entry types
// are its job, not ours.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

/** BibTeX for CSL-JSON items; each entry keeps the item's citation key. */
export function cslToBibtex(items: ReadonlyArray<Record<string, unknown>>): string {
  if (items.length === 0) return '';
  return String(new Cite(items as object[]).format('bibtex'));
}
