import { rng } from './corpus';

export interface AnnotatedSource {
  readonly fileName: string;
  readonly text: string;
}

/**
 * `count` W3C annotations on `sources`, as a colleague's file often is: half quote a source (a tag
 * each, one of twenty), half are orphans (a quote from nowhere, with a memo). Deterministic.
 */
export function annotationFile(sources: readonly AnnotatedSource[], count: number, seed = 16): unknown[] {
  const random = rng(seed);
  const items: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const s = sources[i % sources.length]!;
    if (i % 2 === 0) {
      const start = Math.floor(random() * (s.text.length - 80));
      const exact = s.text.slice(start, start + 20 + Math.floor(random() * 60));
      items.push({ type: 'Annotation', body: [{ type: 'TextualBody', value: `tag${i % 20}`, purpose: 'tagging' }], target: { source: `https://example.org/${s.fileName}`, selector: { type: 'TextQuoteSelector', exact } } });
    } else {
      items.push({ type: 'Annotation', bodyValue: 'mémo', target: { source: `https://example.org/${s.fileName}`, selector: { type: 'TextQuoteSelector', exact: `une phrase qui n’est nulle part, numéro ${i}` } } });
    }
  }
  return items;
}
