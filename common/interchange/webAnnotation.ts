import { z } from 'zod';

/** A passage as it leaves the app for W3C tools: code points, the source's file and version hash. */
export interface AnnotatablePassage {
  readonly id: string;
  readonly fileName: string;
  readonly versionHash: string;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly cpStart: number;
  readonly cpEnd: number;
  readonly tags: readonly string[];
  readonly memo: string;
  readonly created: string;
  readonly modified: string;
}

export const ANNOTATION_ID_PREFIX = 'urn:uuid:';

/** A W3C Web Annotation collection (JSON-LD) of every passage. */
export function toAnnotationCollection(passages: readonly AnnotatablePassage[], generated: string): unknown {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Verbatim passages',
    generated,
    total: passages.length,
    first: {
      type: 'AnnotationPage',
      items: passages.map((p) => ({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: `${ANNOTATION_ID_PREFIX}${p.id}`,
        type: 'Annotation',
        created: p.created,
        modified: p.modified,
        motivation: 'highlighting',
        body: [
          ...p.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
          ...(p.memo ? [{ type: 'TextualBody', value: p.memo, purpose: 'commenting', format: 'text/plain' }] : []),
        ],
        target: {
          source: `urn:sha256:${p.versionHash}`,
          // The file name a person recognises; the hash says which version the offsets are in.
          'dc:title': p.fileName,
          selector: [
            { type: 'TextQuoteSelector', exact: p.exact, prefix: p.prefix, suffix: p.suffix },
            { type: 'TextPositionSelector', start: p.cpStart, end: p.cpEnd },
          ],
        },
      })),
    },
  };
}

const quoteSelector = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1).max(1_000_000), prefix: z.string().max(10_000).optional(), suffix: z.string().max(10_000).optional() });
const positionSelector = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const anySelector = z.union([quoteSelector, positionSelector, z.looseObject({ type: z.string() })]);
const body = z.looseObject({ type: z.string().optional(), value: z.string().max(100_000).optional(), purpose: z.string().optional() });
const target = z.union([
  z.string(),
  z.looseObject({ source: z.string().max(10_000), 'dc:title': z.string().max(1_000).optional(), selector: z.union([anySelector, z.array(anySelector).max(20)]).optional() }),
]);
const annotation = z.looseObject({ id: z.string().max(1_000).optional(), type: z.union([z.literal('Annotation'), z.array(z.string())]), body: z.union([body, z.array(body).max(1_000)]).optional(), target: z.union([target, z.array(target).max(20)]), created: z.string().optional(), modified: z.string().optional() });
type Annotation = z.infer<typeof annotation>;
const collection = z.union([
  z.looseObject({ type: z.literal('AnnotationCollection'), first: z.looseObject({ items: z.array(annotation).max(1_000_000) }) }),
  z.looseObject({ type: z.literal('AnnotationPage'), items: z.array(annotation).max(1_000_000) }),
  z.array(annotation).max(1_000_000),
]);

/** What an imported annotation says, whatever tool made it. */
export interface ImportedAnnotation {
  readonly id: string | null;
  /** The file name (dc:title) or the source URI of the target. */
  readonly fileName: string | null;
  readonly versionHash: string | null;
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Code points, when the annotation has a TextPositionSelector. */
  readonly cpStart: number | null;
  readonly cpEnd: number | null;
  readonly tags: string[];
  readonly memo: string;
}

export type ParseAnnotationsResult = { ok: true; annotations: ImportedAnnotation[]; skipped: number } | { ok: false; error: string };

/**
 * Reads a W3C annotation collection (ours, or Hypothesis-style with only TextQuoteSelectors). Anything
 * else is refused with a clear message; an annotation without a text quote is skipped and counted.
 */
export function parseAnnotationCollection(json: unknown): ParseAnnotationsResult {
  const parsed = collection.safeParse(json);
  if (!parsed.success) return { ok: false, error: 'This file is not a W3C Web Annotation collection (expected an AnnotationCollection, an AnnotationPage or a list of Annotations).' };
  const data = parsed.data;
  const items = Array.isArray(data) ? data : data.type === 'AnnotationCollection' ? (data as { first: { items: Annotation[] } }).first.items : (data as { items: Annotation[] }).items;
  const annotations: ImportedAnnotation[] = [];
  let skipped = 0;
  for (const item of items) {
    const t = Array.isArray(item.target) ? item.target[0] : item.target;
    if (!t || typeof t === 'string') {
      skipped++;
      continue;
    }
    const selectors = t.selector === undefined ? [] : Array.isArray(t.selector) ? t.selector : [t.selector];
    const quote = selectors.find((s): s is z.infer<typeof quoteSelector> => s.type === 'TextQuoteSelector' && typeof (s as { exact?: unknown }).exact === 'string');
    const position = selectors.find((s): s is z.infer<typeof positionSelector> => s.type === 'TextPositionSelector' && typeof (s as { start?: unknown }).start === 'number');
    if (!quote) {
      skipped++;
      continue;
    }
    const bodies = item.body === undefined ? [] : Array.isArray(item.body) ? item.body : [item.body];
    const hash = /^urn:sha256:([0-9a-f]{64})$/.exec(t.source)?.[1] ?? null;
    const fileName = t['dc:title'] ?? (hash ? null : (t.source.split(/[/\\]/).pop() ?? null));
    annotations.push({
      id: item.id ?? null,
      fileName,
      versionHash: hash,
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
      cpStart: position?.start ?? null,
      cpEnd: position?.end ?? null,
      tags: bodies.filter((b) => b.purpose === 'tagging' && b.value).map((b) => b.value!),
      memo: bodies.filter((b) => b.purpose === 'commenting' && b.value).map((b) => b.value!).join('\n'),
    });
  }
  return { ok: true, annotations, skipped };
}
