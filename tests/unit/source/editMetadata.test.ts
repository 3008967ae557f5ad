import { describe, expect, it } from 'vitest';
import { parseMetadataFields } from '@common/source/editMetadata';

const empty = { outlet: '', authors: '', url: '', language: 'fr' };

describe('parseMetadataFields', () => {
  it.each([
    ['an outlet, two authors and a URL', { outlet: ' Ouest-France ', authors: 'Dupont, Jean; AFP', url: 'https://www.ouest-france.fr/a', language: 'fr' }, { outlet: 'Ouest-France', authors: ['Dupont, Jean', 'AFP'], url: 'https://www.ouest-france.fr/a' }],
    ['empty fields are left out', empty, {}],
  ])('%s', (_name, fields, expected) => {
    expect(parseMetadataFields(fields, undefined).meta).toEqual(expected);
  });

  it('keeps fields it does not edit (type, pages, notes)', () => {
    const { meta } = parseMetadataFields({ ...empty, outlet: 'Le Figaro' }, { type: 'article-newspaper', pages: '3', outlet: 'Figaro' });
    expect(meta).toEqual({ type: 'article-newspaper', pages: '3', outlet: 'Le Figaro' });
  });

  it.each([
    ['javascript:alert(1)', 'not a web address'],
    ['www.example.com', 'not a web address'],
  ])('refuses the URL %s', (url, message) => {
    expect(() => parseMetadataFields({ ...empty, url }, undefined)).toThrow(message);
  });

  it.each([
    ['', 'und'],
    ['en', 'en'],
    ['de-CH', 'de-CH'],
  ])('language %j is stored as %s', (language, stored) => {
    expect(parseMetadataFields({ ...empty, language }, undefined).language).toBe(stored);
  });
  it('refuses a language that is no code', () => {
    expect(() => parseMetadataFields({ ...empty, language: 'French!' }, undefined)).toThrow('not a language code');
  });
});
