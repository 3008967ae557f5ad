import { beforeAll, describe, expect, it } from 'vitest';
import { toAnnotationCollection, type AnnotatablePassage } from '@common/interchange/webAnnotation';
import { parseAnnotations } from '@common/interchange/webAnnotationRead';
import { failedMusts, hasW3cSuite, modelExamples, validator, W3C_ABSENT, W3C_DIR } from './w3cSuite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const base: AnnotatablePassage = {
  id: '0b7c7d3e-6f0a-4a43-9d1e-2f51c1d0c001',
  fileName: '003_02ccfc7f2b3def74.txt',
  versionHash: '02ccfc7f2b3def74'.padEnd(64, '0'),
  exact: 'sa victoire',
  prefix: 'jusqu’à “',
  suffix: '” en Ukraine',
  cpStart: 812,
  cpEnd: 823,
  tags: [],
  memo: '',
  created: '2026-11-30T08:00:00.000Z',
  modified: '2026-11-30T08:05:00.000Z',
};
const ids = { collection: 'urn:uuid:6d3f0d1e-6c39-4a35-9d8f-6e2b0a4f2c11', page: 'urn:uuid:9a0e6d62-11c4-4f45-8a43-c5d0f1f7a222' };

type Collection = { id: string; total: number; first?: { id: string; items: Array<Record<string, unknown>> } };

describe('W3C Web Annotation export, checked by the W3C test suite', () => {
  beforeAll(() => {
    if (hasW3cSuite()) validator();
  }, 120_000);
  const cases: Array<[string, Partial<AnnotatablePassage>]> = [
    ['a passage with neither tag nor memo', {}],
    ['a passage with one tag', { tags: ['guerre'] }],
    ['a passage with tags and a memo', { tags: ['guerre', 'Corée'], memo: 'à vérifier\nligne 2' }],
    ['a passage with only a memo', { memo: 'note' }],
  ];
  for (const [name, change] of cases) {
    it.skipIf(!hasW3cSuite())(`${name} passes every MUST assertion for annotations, pages and collections`, () => {
      const collection = toAnnotationCollection([{ ...base, ...change }], '2026-11-30T09:00:00.000Z', ids) as Collection;
      expect(failedMusts('annotations/annotationMusts.test', collection.first!.items[0])).toEqual([]);
      expect(failedMusts('collections/pages/pageMusts.test', collection.first)).toEqual([]);
      expect(failedMusts('collections/collectionMusts.test', collection)).toEqual([]);
    });
  }

  it('leaves body out when there is nothing to say, rather than an empty list', () => {
    const item = (toAnnotationCollection([base], '2026-11-30T09:00:00Z', ids) as Collection).first!.items[0]!;
    expect('body' in item).toBe(false);
  });

  it.skipIf(!hasW3cSuite())('an empty export is a collection with no page, and still passes the collection MUSTs', () => {
    const collection = toAnnotationCollection([], '2026-11-30T09:00:00Z', ids) as Collection;
    expect(collection).toMatchObject({ id: ids.collection, total: 0 });
    expect(collection.first).toBeUndefined();
    expect(failedMusts('collections/collectionMusts.test', collection)).toEqual([]);
  });

  it('the W3C suite is present (else the conformance tests above were skipped)', () => {
    if (!hasW3cSuite()) console.warn(W3C_ABSENT);
  });
});

describe('W3C Web Annotation import of every form the model allows', () => {
  // By hand from the model's examples: the only ones whose target selects text from the start of its source.
  const TEXT_EXAMPLES: Record<string, { exact: string | null; cpStart: number | null }> = {
    'anno23.json': { exact: 'anotation', cpStart: null },
    'anno24.json': { exact: null, cpStart: 412 },
    'anno29.json': { exact: 'Selected Text', cpStart: null },
  };

  it.skipIf(!hasW3cSuite())('imports each of the model’s 43 examples alone, or skips it with a reason; none is refused', () => {
    const examples = modelExamples('examples');
    expect(examples).toHaveLength(43);
    for (const { name, text } of examples) {
      const r = parseAnnotations(JSON.parse(text));
      expect(r.ok, name).toBe(true);
      if (!r.ok) continue;
      const expected = TEXT_EXAMPLES[name];
      if (expected) {
        expect(r.annotations.map((a) => ({ exact: a.exact, cpStart: a.cpStart })), name).toEqual([expected]);
        expect(r.skipped, name).toEqual([]);
      } else {
        expect(r.annotations, name).toEqual([]);
        expect(r.skipped, name).toHaveLength(1);
        expect(r.skipped[0]!.reason, name).not.toMatch(/^not a valid/);
        expect(r.skipped[0]!.reason.length, name).toBeGreaterThan(10);
      }
    }
  });

  it.skipIf(!hasW3cSuite())('reads the model’s collection example: three passages, forty items skipped one by one', () => {
    const r = parseAnnotations(JSON.parse(readFileSync(join(W3C_DIR, 'spec/examples/collection1.json'), 'utf8')));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.annotations.map((a) => a.id)).toEqual(['http://example.org/anno23', 'http://example.org/anno24', 'http://example.org/anno29']);
    expect(r.skipped).toHaveLength(40);
    expect(r.skipped.find((s) => s.id === 'http://example.org/anno19')?.reason).toContain('selector given by IRI');
    expect(r.skipped.find((s) => s.id === 'http://example.org/anno1')?.reason).toContain('whole resource');
  });

  it.skipIf(!hasW3cSuite())('refuses each of the model’s incorrect examples', () => {
    const examples = modelExamples('examples-incorrect');
    expect(examples.length).toBeGreaterThan(30);
    for (const { name, text } of examples) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue; // not JSON: the import refuses it before reading it
      }
      const r = parseAnnotations(json);
      expect(r, name).toMatchObject({ ok: false });
    }
  });

  it('keeps reading a list after an invalid item, and says which item and why', () => {
    const list = [
      { type: 'Annotation', id: 'not an iri', target: { source: 'urn:x:a.txt', selector: { type: 'TextQuoteSelector', exact: 'un' } } },
      { type: 'Annotation', bodyValue: 'mémo', target: { source: 'https://example.org/a.txt', selector: { type: 'TextQuoteSelector', exact: 'deux' } } },
      { type: 'Annotation', body: [], target: 'https://example.org/a.txt' },
    ];
    const r = parseAnnotations(list);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.annotations).toMatchObject([{ item: 2, exact: 'deux', memo: 'mémo', fileName: 'a.txt' }]);
    expect(r.skipped.map((s) => [s.item, s.reason])).toEqual([
      [1, 'not a valid Web Annotation: its id is not an IRI'],
      [3, 'its target is a whole resource (an IRI), not a passage of text'],
    ]);
  });

  const forms: Array<[string, unknown, Record<string, unknown>]> = [
    ['a single annotation, not in a list', { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body: 'https://example.org/comment1', target: { source: 'https://example.org/b.txt', selector: { type: 'TextQuoteSelector', exact: 'mot' } } }, { exact: 'mot', memo: 'https://example.org/comment1' }],
    ['a SpecificResource target with a position and a quote', [{ type: 'Annotation', target: { type: 'SpecificResource', source: { id: 'https://example.org/c.txt', type: 'Text' }, selector: [{ type: 'TextPositionSelector', start: 3, end: 6 }, { type: 'TextQuoteSelector', exact: 'abc' }] } }], { exact: 'abc', cpStart: 3, cpEnd: 6, fileName: 'c.txt' }],
    ['a quote refining a fragment', [{ type: 'Annotation', target: { source: 'https://example.org/d.txt', selector: { type: 'FragmentSelector', value: 'p5', refinedBy: { type: 'TextQuoteSelector', exact: 'dans' } } } }], { exact: 'dans', cpStart: null }],
    ['a page of annotations with tagging bodies', { type: 'AnnotationPage', items: [{ type: 'Annotation', motivation: 'tagging', body: { type: 'TextualBody', value: 'guerre' }, target: { source: 'https://example.org/e.txt', selector: { type: 'TextQuoteSelector', exact: 'x' } } }] }, { tags: ['guerre'], memo: '' }],
    ['a Choice body: the first alternative', [{ type: 'Annotation', body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'en premier' }, { type: 'TextualBody', value: 'ensuite' }] }, target: { source: 'https://example.org/f.txt', selector: { type: 'TextQuoteSelector', exact: 'y' } } }], { memo: 'en premier' }],
  ];
  for (const [name, json, expected] of forms) {
    it(`reads ${name}`, () => {
      const r = parseAnnotations(json);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.annotations[0]).toMatchObject(expected);
    });
  }

  it('refuses what is not annotations at all, with a clear message', () => {
    expect(parseAnnotations({ hello: 'world' })).toMatchObject({ ok: false, error: expect.stringContaining('not a W3C Web Annotation file') });
    expect(parseAnnotations({ type: 'AnnotationCollection', first: 'https://example.org/page1' })).toMatchObject({ ok: false, error: expect.stringContaining('not in the file') });
  });
});
