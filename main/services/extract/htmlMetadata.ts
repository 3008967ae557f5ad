import { parsePartialDate, type PartialDate } from '@common/dates/partialDate';

/** The little of a parsed document the metadata reader needs. */
export interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
}

/** What a saved web page says about itself, each field only when the page says it. */
export interface HtmlMetadata {
  readonly title?: string;
  readonly authors?: readonly string[];
  /** The site or publication: og:site_name, the JSON-LD publisher. */
  readonly outlet?: string;
  readonly date?: PartialDate;
  /** The canonical address, only an absolute http(s) URL (a `javascript:` one is dropped). */
  readonly url?: string;
  /** The page's declared language (`<html lang>`), as written. */
  readonly language?: string;
}

/** A value from a page is text a person reads: white space collapsed, never longer than a long title. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, 500);
  return text === '' ? undefined : text;
}

/** Only addresses a browser would open as a page: anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(value: unknown): string | undefined {
  const text = clean(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The date part of an ISO timestamp as the page wrote it (its own local date, not converted). */
export function datePart(value: unknown): PartialDate | undefined {
  const text = clean(value);
  const m = text ? /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:$|[T ])/.exec(text) : null;
  return (m?.[1] ? parsePartialDate(m[1]) : null) ?? undefined;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object of the JSON-LD blocks, `@graph` members included; a block that does not parse is skipped. */
function jsonLdObjects(doc: MetaDocument): Json[] {
  const out: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph'] !== undefined) visit(value['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken block says nothing; the page's other metadata still counts.
    }
  }
  return out;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|WebPage|CreativeWork/;

function typeOf(value: Json): string {
  const type = value['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return clean(value) ? [clean(value)!] : [];
  if (isObject(value)) return names(value['name']);
  return [];
}

function meta(doc: MetaDocument, selector: string): string | undefined {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const value = clean(el.getAttribute('content'));
    if (value) return value;
  }
  return undefined;
}

/** The first of the candidates that the page gives, in the order of trust. */
function first<T>(...candidates: Array<T | undefined>): T | undefined {
  return candidates.find((c) => c !== undefined && !(Array.isArray(c) && c.length === 0));
}

/**
 * Title, authors, site, publication date, canonical URL and language from a page's own metadata:
 * JSON-LD (schema.org) first, then OpenGraph and `<meta>` tags, then `<title>`.
 */
export function readHtmlMetadata(doc: MetaDocument): HtmlMetadata {
  const ld = jsonLdObjects(doc).find((o) => ARTICLE_TYPES.test(typeOf(o)));
  const publisher = ld?.['publisher'];
  const mainEntity = ld?.['mainEntityOfPage'];
  const titleElement = clean(doc.querySelectorAll('title')[0]?.textContent);
  const authorMeta = [meta(doc, 'meta[name="author"]'), meta(doc, 'meta[property="article:author"]')].find((a) => a !== undefined && safeHttpUrl(a) === undefined);
  const canonical = Array.from(doc.querySelectorAll('link[rel~="canonical"]')).map((l) => safeHttpUrl(l.getAttribute('href'))).find((u) => u !== undefined);
  const result: {
    title?: string;
    authors?: string[];
    outlet?: string;
    date?: PartialDate;
    url?: string;
    language?: string;
  } = {};
  const title = first(clean(ld?.['headline']), meta(doc, 'meta[property="og:title"]'), meta(doc, 'meta[name="twitter:title"]'), titleElement);
  if (title) result.title = title;
  const authors = first<string[]>(ld ? names(ld['author']) : undefined, authorMeta ? [authorMeta] : undefined);
  if (authors && authors.length > 0) result.authors = [...new Set(authors)];
  const outlet = first(isObject(publisher) ? clean(publisher['name']) : clean(publisher), meta(doc, 'meta[property="og:site_name"]'), meta(doc, 'meta[name="application-name"]'));
  if (outlet) result.outlet = outlet;
  const date = first(
    datePart(ld?.['datePublished']),
    datePart(meta(doc, 'meta[property="article:published_time"]')),
    datePart(meta(doc, 'meta[itemprop="datePublished"]')),
    datePart(meta(doc, 'meta[name="date"]')),
    datePart(meta(doc, 'meta[name="DC.date.issued"]')),
  );
  if (date) result.date = date;
  const url = first(canonical, safeHttpUrl(meta(doc, 'meta[property="og:url"]')), safeHttpUrl(ld?.['url']), safeHttpUrl(isObject(mainEntity) ? mainEntity['@id'] : mainEntity));
  if (url) result.url = url;
  const language = clean(doc.querySelectorAll('html')[0]?.getAttribute('lang'));
  if (language) result.language = language;
  return result;
}
