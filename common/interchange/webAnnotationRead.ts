import { annotationProblem } from './webAnnotationCheck';

/**
 * Reads Web Annotations in every form the model allows (a single Annotation, a list, a page, a
 * collection with embedded pages; IRI or described bodies and targets, SpecificResource targets,
 * selectors refined by others) and keeps, per target, what Verbatim can anchor: a text quote or a text
 * position. Everything else is reported item by item with the reason; one unusual item never stops
 * the others.
 */

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: Json): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const typesOf = (v: Record<string, Json>): Json[] => asList(v.type);

/** What an imported annotation says about one of its text targets, whatever tool made it. */
export interface ImportedAnnotation {
  /** 1-based position of its annotation in the file, for the report. */
  readonly item: number;
  readonly id: string | null;
  /** The file name (dc:title) or the last segment of the target's source IRI. */
  readonly fileName: string | null;
  readonly versionHash: string | null;
  /** null when the target gives only a position: the text is then read from the source. */
  readonly exact: string | null;
  readonly prefix: string;
  readonly suffix: string;
  /** Code points, when the target has a TextPositionSelector that counts from the start of the source. */
  readonly cpStart: number | null;
  readonly cpEnd: number | null;
  readonly tags: string[];
  readonly memo: string;
}

export interface SkippedAnnotation {
  /** 1-based position in the file. */
  readonly item: number;
  readonly id: string | null;
  readonly reason: string;
}

export type ParseAnnotationsResult = { ok: true; annotations: ImportedAnnotation[]; skipped: SkippedAnnotation[] } | { ok: false; error: string };

const NOT_ANNOTATIONS = 'This file is not a W3C Web Annotation file (expected an Annotation, a list of them, an AnnotationPage or an AnnotationCollection).';

/** The items of every page embedded in a collection, following embedded `next` pages. */
function pageItems(page: Json): Json[] | string {
  const items: Json[] = [];
  const seen = new Set<Json>();
  for (let p = page; p !== undefined && !seen.has(p); p = isObject(p) ? p.next : undefined) {
    seen.add(p);
    if (typeof p === 'string') return items.length ? items : `its pages are not in the file (only linked: ${p.slice(0, 200)})`;
    if (!isObject(p) || !Array.isArray(p.items)) return 'a page of it has no items list';
    items.push(...p.items);
  }
  return items;
}

function topLevelItems(json: Json): { items: Json[]; standalone: boolean } | string {
  if (Array.isArray(json)) return { items: json, standalone: false };
  if (!isObject(json)) return NOT_ANNOTATIONS;
  const types = typesOf(json);
  if (types.includes('Annotation')) return { items: [json], standalone: true };
  if (types.includes('AnnotationPage')) return Array.isArray(json.items) ? { items: json.items, standalone: false } : `This annotation page has no items list.`;
  if (types.includes('AnnotationCollection')) {
    if (json.first === undefined) return { items: [], standalone: false };
    const items = pageItems(json.first);
    return typeof items === 'string' ? `This annotation collection cannot be read: ${items}.` : { items, standalone: false };
  }
  return NOT_ANNOTATIONS;
}

interface TextTarget {
  source: string | null;
  title: string | null;
  quote: { exact: string; prefix: string; suffix: string } | null;
  position: { start: number; end: number } | null;
}

/** Every selector of a chain of refinements, outermost first. */
function refinements(selector: Record<string, Json>): Record<string, Json>[] {
  const chain: Record<string, Json>[] = [];
  const walk = (s: Json, depth: number) => {
    if (!isObject(s) || depth > 20) return;
    chain.push(s);
    for (const r of asList(s.refinedBy)) walk(r, depth + 1);
  };
  walk(selector, 0);
  return chain;
}

/** The text a target selects, or why it selects none. */
function readTarget(target: Json): TextTarget | string {
  if (typeof target === 'string') return 'its target is a whole resource (an IRI), not a passage of text';
  if (!isObject(target)) return 'its target is not a resource';
  const sourceOf = (s: Json): string | null => (typeof s === 'string' ? s : isObject(s) && typeof s.id === 'string' ? s.id : null);
  const source = sourceOf(target.source) ?? sourceOf(target.id);
  const selectors = asList(target.selector);
  if (selectors.length === 0) return 'its target has no selector, so no passage of text';
  let quote: TextTarget['quote'] = null;
  let position: TextTarget['position'] = null;
  const kinds: string[] = [];
  for (const s of selectors) {
    if (!isObject(s)) {
      kinds.push('a selector given by IRI');
      continue;
    }
    refinements(s).forEach((r, depth) => {
      if (r.type === 'TextQuoteSelector' && typeof r.exact === 'string' && r.exact !== '' && !quote) {
        quote = { exact: r.exact, prefix: typeof r.prefix === 'string' ? r.prefix : '', suffix: typeof r.suffix === 'string' ? r.suffix : '' };
      } else if (r.type === 'TextPositionSelector' && depth === 0 && !position) {
        // A position refining another selector counts from that selection, not from the source's start.
        position = { start: r.start as number, end: r.end as number };
      } else if (typeof r.type === 'string') kinds.push(`a ${r.type}`);
    });
  }
  if (!quote && !position) return `its target has no text quote or text position (only ${[...new Set(kinds)].join(', ') || 'selectors Verbatim cannot read'})`;
  return { source, title: typeof target['dc:title'] === 'string' ? target['dc:title'] : null, quote, position };
}

/** Targets, with the members of composite targets (Choice, List…) taken one by one. */
function targetsOf(a: Record<string, Json>): Json[] {
  return asList(a.target).flatMap((t) => (isObject(t) && Array.isArray(t.items) ? t.items : [t]));
}

/** Tags and the memo an annotation's bodies give. IRI bodies are kept in the memo as links. */
function readBodies(a: Record<string, Json>): { tags: string[]; memo: string } {
  const tags: string[] = [];
  const memo: string[] = [];
  if (typeof a.bodyValue === 'string') memo.push(a.bodyValue);
  const tagging = asList(a.motivation).includes('tagging');
  const read = (b: Json, depth: number) => {
    if (typeof b === 'string') memo.push(b);
    else if (isObject(b)) {
      // A Choice offers alternatives: the first is the one its author preferred.
      if (Array.isArray(b.items)) {
        const chosen = typesOf(b).includes('Choice') ? b.items.slice(0, 1) : b.items;
        if (depth < 5) for (const item of chosen) read(item, depth + 1);
      } else if (typeof b.value === 'string') {
        const purpose = asList(b.purpose);
        if (purpose.includes('tagging') || (purpose.length === 0 && tagging)) tags.push(b.value.trim());
        else memo.push(b.value);
      } else if (typeof b.id === 'string') memo.push(b.id);
      else if (typeof b.source === 'string') memo.push(b.source);
    }
  };
  for (const b of asList(a.body)) read(b, 0);
  return { tags: [...new Set(tags.filter((t) => t !== ''))], memo: memo.join('\n') };
}

function fileNameOf(t: TextTarget, hash: string | null): string | null {
  if (t.title) return t.title;
  if (hash || !t.source) return null;
  const last = t.source.split(/[?#]/)[0]!.split(/[/\\]/).pop();
  return last ? decodeURIComponentSafe(last) : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function parseAnnotations(json: Json): ParseAnnotationsResult {
  const top = topLevelItems(json);
  if (typeof top === 'string') return { ok: false, error: top };
  const annotations: ImportedAnnotation[] = [];
  const skipped: SkippedAnnotation[] = [];
  top.items.forEach((a, index) => {
    const id = isObject(a) && typeof a.id === 'string' ? a.id : null;
    const problem = annotationProblem(a, top.standalone);
    if (problem !== null || !isObject(a)) {
      skipped.push({ item: index + 1, id, reason: `not a valid Web Annotation: ${problem ?? 'not an object'}` });
      return;
    }
    const bodies = readBodies(a);
    const reasons: string[] = [];
    let found = 0;
    for (const target of targetsOf(a)) {
      const t = readTarget(target);
      if (typeof t === 'string') {
        reasons.push(t);
        continue;
      }
      const hash = t.source ? (/^urn:sha256:([0-9a-f]{64})$/.exec(t.source)?.[1] ?? null) : null;
      const q = t.quote as TextTarget['quote'];
      const pos = t.position as TextTarget['position'];
      annotations.push({ item: index + 1, id, fileName: fileNameOf(t, hash), versionHash: hash, exact: q?.exact ?? null, prefix: q?.prefix ?? '', suffix: q?.suffix ?? '', cpStart: pos?.start ?? null, cpEnd: pos?.end ?? null, ...bodies });
      found++;
    }
    if (found === 0) skipped.push({ item: index + 1, id, reason: [...new Set(reasons)].join('; ') });
  });
  if (top.standalone && skipped[0]?.reason.startsWith('not a valid')) return { ok: false, error: `This annotation is ${skipped[0].reason}.` };
  return { ok: true, annotations, skipped };
}
