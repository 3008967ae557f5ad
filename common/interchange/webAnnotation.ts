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
const LABEL = 'Verbatim passages';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The IRIs an export names itself by: the model wants exactly one for the collection and each page. */
export interface CollectionIds {
  /** e.g. `urn:uuid:…`, new for each export. */
  readonly collection: string;
  readonly page: string;
}

function annotationOf(p: AnnotatablePassage): Record<string, unknown> {
  const bodies = [
    ...p.tags.map((t) => ({ type: 'TextualBody', value: t, purpose: 'tagging' })),
    ...(p.memo ? [{ type: 'TextualBody', value: p.memo, purpose: 'commenting', format: 'text/plain' }] : []),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: `${ANNOTATION_ID_PREFIX}${p.id}`,
    type: 'Annotation',
    created: p.created,
    modified: p.modified,
    motivation: 'highlighting',
    // A passage with neither tag nor memo has no body: the model allows none, but not an empty list.
    ...(bodies.length === 0 ? {} : { body: bodies }),
    target: {
      source: `urn:sha256:${p.versionHash}`,
      // The file name a person recognises; the hash says which version the offsets are in.
      'dc:title': p.fileName,
      selector: [
        { type: 'TextQuoteSelector', exact: p.exact, prefix: p.prefix, suffix: p.suffix },
        // Code points, as the model counts characters.
        { type: 'TextPositionSelector', start: p.cpStart, end: p.cpEnd },
      ],
    },
  };
}

/**
 * A W3C Web Annotation collection (JSON-LD) of every passage, its one page embedded. An empty
 * collection has no page: the model's pages must hold items.
 */
export function toAnnotationCollection(passages: readonly AnnotatablePassage[], generated: string, ids: CollectionIds): unknown {
  return {
    '@context': ANNO_CONTEXT,
    id: ids.collection,
    type: 'AnnotationCollection',
    label: LABEL,
    generated,
    total: passages.length,
    ...(passages.length === 0
      ? {}
      : {
          // The page carries its own @context and describes its collection, so it stands alone if cut out.
          first: { '@context': ANNO_CONTEXT, id: ids.page, type: 'AnnotationPage', partOf: { id: ids.collection, label: LABEL, total: passages.length }, startIndex: 0, items: passages.map(annotationOf) },
          last: ids.page,
        }),
  };
}
