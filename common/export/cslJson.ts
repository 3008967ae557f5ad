import type { PartialDate } from '../dates/partialDate';
import type { SourceMetadata } from '../source/metadata';

/** What a source contributes to its CSL-JSON item. */
export interface CitableSource {
  readonly key: string;
  readonly title: string;
  readonly date: PartialDate | null;
  /** ISO 639-1, as the import guessed it ('fr'), or ''. */
  readonly language: string;
  readonly meta?: SourceMetadata;
}

type CslName = { literal: string } | { family: string; given: string };
type CslDate = { 'date-parts': number[][] };

/** "Jean Dupont" → given Jean, family Dupont; a single word (« AFP ») stays whole. */
function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  return words.length < 2 ? { literal: name.trim() } : { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

function cslDate(iso: string): CslDate | null {
  const parts = iso.split('-').map(Number);
  return parts.every((n) => Number.isInteger(n) && n > 0) ? { 'date-parts': [parts] } : null;
}

/** A CSL-JSON item (the format of Zotero, pandoc's citeproc and citation.js); unknown fields are left out. */
export function toCslItem(s: CitableSource): Record<string, unknown> {
  const m = s.meta ?? {};
  const issued = s.date ? cslDate(s.date.iso) : null;
  const accessed = m.accessed ? cslDate(m.accessed.slice(0, 10)) : null;
  return {
    id: s.key,
    'citation-key': s.key,
    type: m.type || 'document',
    title: s.title,
    ...(m.outlet ? { 'container-title': m.outlet } : {}),
    ...(m.authors?.length ? { author: m.authors.map(cslName) } : {}),
    ...(issued ? { issued } : {}),
    ...(m.url ? { URL: m.url } : {}),
    ...(accessed ? { accessed } : {}),
    ...(s.language ? { language: s.language } : {}),
    ...(m.pages ? { page: m.pages } : {}),
    ...(m.notes?.trim() ? { note: m.notes.trim() } : {}),
  };
}

export function toCslJson(sources: readonly CitableSource[]): string {
  return `${JSON.stringify(sources.map(toCslItem), null, 2)}\n`;
}
