import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';

/**
 * MiniSearch's term index in a compact form for saving, read back lazily.
 *
 * MiniSearch's own toJSON writes every posting as an object key (« {"0": {"4711": 3}} »); at 10,000
 * sources that is 3.8 million postings, about 35 MB of JSON, and loadJS turns each back into a Map
 * entry before the first search can run (seconds on this machine). Here the postings of all terms
 * are one Uint32Array (saved in IndexedDB as it is, by structured clone: no JSON at all), and a term's
 * Maps are built only when a search first touches that term, so loading costs one entry per term.
 */
export interface PackedTerms {
  /** MiniSearch's toJSON without its `index` (document ids, field lengths, averages, counters). */
  readonly meta: AsPlainObject;
  readonly terms: readonly string[];
  /** Term i's postings are `postings[offsets[i] .. offsets[i + 1]]`. */
  readonly offsets: Uint32Array;
  /** Per term: for each field, `fieldId, n, shortId1, freq1 … shortIdn, freqn`. */
  readonly postings: Uint32Array;
}

type FieldPostings = Map<number, number>;
type TermData = Map<number, FieldPostings>;

/** MiniSearch's private radix tree of terms: read and written through its Map-like surface only. */
interface TermTree {
  set(term: string, data: TermData): unknown;
  [Symbol.iterator](): Iterator<[string, TermData]>;
}
const treeOf = (mini: MiniSearch<never> | MiniSearch<unknown>): TermTree => (mini as unknown as { _index: TermTree })._index;

/**
 * A term's postings, decoded the first time MiniSearch asks for them. It is the very Map MiniSearch
 * would have built (a subclass), so adding, discarding and searching work on it unchanged.
 */
export class LazyTermData extends Map<number, FieldPostings> {
  private packed: Uint32Array | null;

  constructor(packed: Uint32Array) {
    super();
    this.packed = packed;
  }

  /** The postings still as saved, or null once decoded (then the Map is the truth). */
  get stillPacked(): Uint32Array | null {
    return this.packed;
  }

  private open(): void {
    const p = this.packed;
    if (!p) return;
    this.packed = null;
    for (let at = 0; at < p.length; ) {
      const fieldId = p[at]!;
      const n = p[at + 1]!;
      at += 2;
      const field: FieldPostings = new Map();
      for (let k = 0; k < n; k++, at += 2) field.set(p[at]!, p[at + 1]!);
      super.set(fieldId, field);
    }
  }

  override get(key: number) {
    this.open();
    return super.get(key);
  }
  override set(key: number, value: FieldPostings) {
    this.open();
    return super.set(key, value);
  }
  override has(key: number) {
    this.open();
    return super.has(key);
  }
  override delete(key: number) {
    this.open();
    return super.delete(key);
  }
  override clear() {
    this.packed = null;
    super.clear();
  }
  override forEach(fn: (value: FieldPostings, key: number, map: Map<number, FieldPostings>) => void, thisArg?: unknown) {
    this.open();
    super.forEach(fn, thisArg);
  }
  override entries() {
    this.open();
    return super.entries();
  }
  override keys() {
    this.open();
    return super.keys();
  }
  override values() {
    this.open();
    return super.values();
  }
  override [Symbol.iterator]() {
    this.open();
    return super.entries();
  }
}
// Map's size is an accessor on its prototype; TypeScript types it as a property and will not let a subclass override it.
Object.defineProperty(LazyTermData.prototype, 'size', {
  get(this: LazyTermData) {
    (this as unknown as { open(): void }).open();
    return Reflect.get(Map.prototype, 'size', this) as number;
  },
});

/** The term index of `mini` packed; terms never searched since loading are copied as they were saved. */
export function packTerms(mini: MiniSearch<never> | MiniSearch<unknown>): PackedTerms {
  const meta = metaOf(mini);
  const terms: string[] = [];
  const chunks: Uint32Array[] = [];
  let length = 0;
  for (const [term, data] of treeOf(mini)) {
    const raw = data instanceof LazyTermData ? data.stillPacked : null;
    let chunk: Uint32Array;
    if (raw) chunk = raw;
    else {
      let size = 0;
      for (const [, field] of data) size += 2 + field.size * 2;
      chunk = new Uint32Array(size);
      let at = 0;
      for (const [fieldId, field] of data) {
        chunk[at++] = fieldId;
        chunk[at++] = field.size;
        for (const [shortId, freq] of field) {
          chunk[at++] = shortId;
          chunk[at++] = freq;
        }
      }
    }
    if (chunk.length === 0) continue; // a term left with no postings (MiniSearch deletes those itself)
    terms.push(term);
    chunks.push(chunk);
    length += chunk.length;
  }
  const offsets = new Uint32Array(terms.length + 1);
  const postings = new Uint32Array(length);
  let at = 0;
  chunks.forEach((chunk, i) => {
    offsets[i] = at;
    postings.set(chunk, at);
    at += chunk.length;
  });
  offsets[terms.length] = at;
  return { meta, terms, offsets, postings };
}

/** MiniSearch's toJSON without walking its terms (they are packed apart). */
function metaOf(mini: MiniSearch<never> | MiniSearch<unknown>): AsPlainObject {
  const tree = treeOf(mini);
  const own = mini as unknown as { _index: TermTree };
  // toJSON walks `_index`: hand it an empty one for the call.
  own._index = { set: () => undefined, [Symbol.iterator]: () => [][Symbol.iterator]() } as unknown as TermTree;
  try {
    return mini.toJSON();
  } finally {
    own._index = tree;
  }
}

/** Puts packed terms into a MiniSearch restored from `packed.meta` (which has no terms); each term decoded on first use. */
export function unpackTermsInto(mini: MiniSearch<never> | MiniSearch<unknown>, packed: PackedTerms): void {
  const tree = treeOf(mini);
  const { terms, offsets, postings } = packed;
  if (offsets.length !== terms.length + 1 || offsets[terms.length] !== postings.length) throw new Error('packed search terms are damaged');
  for (let i = 0; i < terms.length; i++) tree.set(terms[i]!, new LazyTermData(postings.subarray(offsets[i]!, offsets[i + 1]!)));
}
