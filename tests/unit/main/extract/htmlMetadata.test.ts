import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { datePart, readHtmlMetadata, safeHttpUrl } from '../../../../main/services/extract/htmlMetadata';
import type { ParsedPage } from '../../../../main/services/extract/htmlBlocks';

const metadataOf = (head: string, lang = '') =>
  readHtmlMetadata((parseHTML(`<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body></body></html>`) as unknown as ParsedPage).document);

describe('safeHttpUrl', () => {
  const rows: Array<[string, string | undefined]> = [
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['http://example.org', 'http://example.org/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<script>', undefined],
    ['/relative/path', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of rows) it(`${JSON.stringify(input)} → ${String(expected)}`, () => expect(safeHttpUrl(input)).toBe(expected));
});

describe('datePart', () => {
  const rows: Array<[string, unknown]> = [
    ['2024-11-02T08:00:00Z', { iso: '2024-11-02', precision: 'day' }],
    ['2024-11-02 23:30', { iso: '2024-11-02', precision: 'day' }],
    ['2024-11', { iso: '2024-11', precision: 'month' }],
    ['2024', { iso: '2024', precision: 'year' }],
    ['2024-13-01', undefined],
    ['2 novembre 2024', undefined],
  ];
  for (const [input, expected] of rows) it(`${input} → ${JSON.stringify(expected)}`, () => expect(datePart(input)).toEqual(expected));
});

describe('readHtmlMetadata', () => {
  it('prefers JSON-LD over OpenGraph over <title>', () => {
    const head = `<title>Titre de l’onglet</title><meta property="og:title" content="Titre OG">
      <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"Titre LD","author":"AFP","publisher":"Le Monde","datePublished":"2023-09-13"}]}</script>`;
    expect(metadataOf(head)).toEqual({ title: 'Titre LD', authors: ['AFP'], outlet: 'Le Monde', date: { iso: '2023-09-13', precision: 'day' } });
  });

  it('falls back on <meta> tags and <title>, and skips a JSON-LD block that does not parse', () => {
    const head = `<title> Titre\n de l’onglet </title><meta name="author" content="Jean Dupont"><meta property="og:site_name" content="Ouest-France">
      <meta name="date" content="2024-11-01"><meta property="og:url" content="https://ouest-france.example/x"><script type="application/ld+json">{not json</script>`;
    expect(metadataOf(head, 'fr-FR')).toEqual({
      title: 'Titre de l’onglet',
      authors: ['Jean Dupont'],
      outlet: 'Ouest-France',
      date: { iso: '2024-11-01', precision: 'day' },
      url: 'https://ouest-france.example/x',
      language: 'fr-FR',
    });
  });

  it('takes an article:author that is a profile URL for no author at all', () => {
    expect(metadataOf('<meta property="article:author" content="https://facebook.example/journal">')).toEqual({});
  });
});
