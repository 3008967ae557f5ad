import type { SourceMetadata } from './metadata';

/** What the reader's source form holds, as typed. */
export interface MetadataFields {
  readonly outlet: string;
  readonly authors: string;
  readonly url: string;
  readonly language: string;
  /** The researcher's notes on the source; undefined leaves the stored notes as they are. */
  readonly notes?: string;
}

/** Notes are a paragraph or a page, not a second source. */
const MAX_NOTES = 20_000;

/**
 * Checks and cleans the typed fields: authors are separated by « ; » (a name may hold a comma:
 * « Dupont, Jean »), the URL must be http(s) (it is cited, never opened by the app), the language a
 * BCP 47 tag. Empty fields are left out. Throws an Error whose message is shown as is.
 */
export function parseMetadataFields(fields: MetadataFields, previous: SourceMetadata | undefined): { meta: SourceMetadata; language: string } {
  const outlet = fields.outlet.trim();
  const authors = fields.authors
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '');
  const url = fields.url.trim();
  if (url !== '') {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new Error(`“${url}” is not a web address: write it in full, e.g. https://www.ouest-france.fr/…`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`“${url}” is not a web address (http:// or https://).`);
  }
  const language = fields.language.trim() === '' ? 'und' : fields.language.trim();
  if (!/^(und|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*)$/.test(language)) throw new Error(`“${fields.language}” is not a language code: write fr, en, de-CH…`);
  if (fields.notes !== undefined && fields.notes.length > MAX_NOTES) throw new Error(`Notes of at most ${MAX_NOTES.toLocaleString('en')} characters, please.`);
  const { outlet: _o, authors: _a, url: _u, ...rest } = previous ?? {};
  // Notes keep the researcher's line breaks; only blank ends are trimmed.
  const notes = fields.notes === undefined ? rest.notes : fields.notes.trim();
  const { notes: _n, ...kept } = rest;
  return {
    meta: { ...kept, ...(outlet ? { outlet } : {}), ...(authors.length ? { authors } : {}), ...(url ? { url } : {}), ...(notes ? { notes } : {}) },
    language,
  };
}
