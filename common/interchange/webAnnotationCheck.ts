/**
 * What the Web Annotation Data Model requires of one annotation, checked before anything is read from
 * it: an item that breaks the model is refused with the rule it breaks (as the model's incorrect
 * examples are), while one that is merely unusual (an image target, a CSS selector) passes here and is
 * skipped later for want of text.
 */

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: Json): Json[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

// An IRI has a scheme (RFC 3987): "not a uri" or "this is not a uri" have none, and no spaces.
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>{}|\\^`]*$/;
// xsd:dateTime as the model asks (a time zone is recommended, not required).
const DATE_TIME = /^-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const TEXT_DIRECTIONS = new Set(['ltr', 'rtl', 'auto']);
const COMPOSITE_TYPES = new Set(['Choice', 'Composite', 'List', 'Independents']);

const isIri = (v: Json): boolean => typeof v === 'string' && IRI.test(v);
const typesOf = (v: Record<string, Json>): Json[] => asList(v.type);

/** A problem found, as a sentence fragment naming the key: "its body is not an IRI". */
type Problem = string | null;

function single(value: Json, key: string, ok: (v: Json) => boolean, what: string): Problem {
  if (value === undefined) return null;
  if (Array.isArray(value)) return `${key} must be a single ${what}`;
  return ok(value) ? null : `${key} is not ${what === 'IRI' ? 'an IRI' : `a ${what}`}`;
}

function oneOrMore(value: Json, key: string, ok: (v: Json) => boolean, what: string): Problem {
  for (const v of asList(value)) if (!ok(v)) return `${key} is not ${what}`;
  return null;
}

const isAgent = (v: Json) => isIri(v) || isObject(v);

/** The rules that hold for annotations, bodies and targets alike (model 3.3). */
function commonProblems(v: Record<string, Json>, where: string): Problem {
  return (
    single(v.id, `${where} id`, isIri, 'IRI') ??
    oneOrMore(v.creator, `${where} creator`, isAgent, 'an IRI or an agent') ??
    single(v.created, `${where} created`, (d) => typeof d === 'string' && DATE_TIME.test(d), 'date-time') ??
    single(v.modified, `${where} modified`, (d) => typeof d === 'string' && DATE_TIME.test(d), 'date-time') ??
    oneOrMore(v.rights, `${where} rights`, isIri, 'an IRI') ??
    single(v.canonical, `${where} canonical`, isIri, 'IRI') ??
    oneOrMore(v.via, `${where} via`, isIri, 'an IRI')
  );
}

function selectorProblems(selector: Json, where: string): Problem {
  if (isIri(selector)) return null;
  if (!isObject(selector)) return `${where} selector is neither an IRI nor a selector`;
  const type = selector.type;
  if (type === 'FragmentSelector' && !selector.id) {
    if (typeof selector.value !== 'string') return `${where} FragmentSelector has no single value`;
    const p = single(selector.conformsTo, `${where} FragmentSelector conformsTo`, isIri, 'IRI');
    if (p) return p;
  }
  if (type === 'TextQuoteSelector' && typeof selector.exact !== 'string') return `${where} TextQuoteSelector has no single exact text`;
  if ((type === 'TextPositionSelector' || type === 'DataPositionSelector') && !(Number.isInteger(selector.start) && Number.isInteger(selector.end) && (selector.start as number) >= 0 && (selector.end as number) >= (selector.start as number))) {
    return `${where} ${type} needs whole numbers start ≤ end`;
  }
  for (const refined of asList(selector.refinedBy)) {
    const p = selectorProblems(refined, where);
    if (p) return p;
  }
  return null;
}

/** A body or a target: an IRI, or a resource described in place (model 3.2 and 4). */
function resourceProblems(r: Json, where: string): Problem {
  if (typeof r === 'string') return isIri(r) ? null : `${where} is a string but not an IRI`;
  if (!isObject(r)) return `${where} is neither an IRI nor a resource`;
  const types = typesOf(r);
  const composite = types.filter((t) => typeof t === 'string' && COMPOSITE_TYPES.has(t));
  if (composite.length > 1) return `${where} has more than one of the types Choice, Composite, List, Independents`;
  if (r.items !== undefined) {
    if (composite.length === 0) return `${where} has items but is not a Choice, Composite, List or Independents`;
    for (const item of asList(r.items)) {
      const p = resourceProblems(item, `${where} item`);
      if (p) return p;
    }
  }
  if (types.includes('TextualBody') && typeof r.value !== 'string') return `${where} is a TextualBody without a single value`;
  if (r.value !== undefined && typeof r.value !== 'string') return `${where} value must be a single string`;
  if (types.includes('SpecificResource') && r.source === undefined) return `${where} is a SpecificResource without a source`;
  if (r.source !== undefined && !isIri(r.source) && !isObject(r.source)) return `${where} source is neither an IRI nor a resource`;
  const p =
    commonProblems(r, where) ??
    oneOrMore(r.format, `${where} format`, (f) => typeof f === 'string', 'a string') ??
    oneOrMore(r.language, `${where} language`, (f) => typeof f === 'string', 'a string') ??
    single(r.processingLanguage, `${where} processingLanguage`, (f) => typeof f === 'string', 'string') ??
    single(r.textDirection, `${where} textDirection`, (d) => typeof d === 'string' && TEXT_DIRECTIONS.has(d), 'ltr, rtl or auto value');
  if (p) return p;
  for (const s of asList(r.selector)) {
    const sp = selectorProblems(s, where);
    if (sp) return sp;
  }
  return null;
}

/** Where an Annotation breaks the model, or null. `standalone`: it stands alone in its file, so needs its own @context. */
export function annotationProblem(a: Json, standalone: boolean): Problem {
  if (!isObject(a)) return 'it is not a JSON object';
  if (standalone && !asList(a['@context']).includes('http://www.w3.org/ns/anno.jsonld')) return 'its @context does not include http://www.w3.org/ns/anno.jsonld';
  if (!typesOf(a).includes('Annotation')) return 'its type is not Annotation';
  if (a.target === undefined) return 'it has no target';
  if (Array.isArray(a.target) && a.target.length === 0) return 'its target list is empty';
  if (a.body !== undefined && a.bodyValue !== undefined) return 'it has both body and bodyValue';
  if (a.bodyValue !== undefined && typeof a.bodyValue !== 'string') return 'its bodyValue is not a single string';
  return (
    commonProblems(a, 'its') ??
    oneOrMore(a.generator, 'its generator', isAgent, 'an IRI or an agent') ??
    single(a.generated, 'its generated', (d) => typeof d === 'string' && DATE_TIME.test(d), 'date-time') ??
    asList(a.body).reduce<Problem>((p, b) => p ?? resourceProblems(b, 'its body'), null) ??
    asList(a.target).reduce<Problem>((p, t) => p ?? resourceProblems(t, 'its target'), null)
  );
}
