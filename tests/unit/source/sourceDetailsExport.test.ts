import { describe, expect, it } from 'vitest';
import { parseMetadataFields } from '@common/source/editMetadata';
import { toCslItem } from '@common/export/cslJson';
import { citedFootnote, quoteFootnote } from '@common/export/footnoteText';
import { textWithCitation } from '@common/export/copyWithCitation';
import type { PassageLocator } from '@common/export/locator';

// Every field of the source form, and where it must show: the Markdown footnote, the clipboard
// citation and the CSL-JSON item. Expected texts written by hand.
const HASH = '02ccfc7f2b3d9a1e5f00112233445566778899aabbccddeeff00112233445566';
const base: PassageLocator = { exact: 'nouveau niveau', sourceTitle: 'Visite officielle', fileName: 'of.txt', cpStart: 812, cpEnd: 826, versionHash: HASH };
const fields = { outlet: 'Ouest-France', authors: 'Jean Dupont; AFP', url: 'https://www.ouest-france.fr/a', language: 'fr' };

describe('the source’s notes', () => {
  const rows: Array<{ name: string; notes: string | undefined; previous: string | undefined; expected: string | undefined }> = [
    { name: 'are stored, blank ends trimmed and line breaks kept', notes: '  Lu en bibliothèque.\nÀ recouper.  ', previous: undefined, expected: 'Lu en bibliothèque.\nÀ recouper.' },
    { name: 'are removed when emptied', notes: '   ', previous: 'ancienne note', expected: undefined },
    { name: 'are kept when the form does not send them', notes: undefined, previous: 'ancienne note', expected: 'ancienne note' },
  ];
  for (const row of rows)
    it(row.name, () => {
      const { meta } = parseMetadataFields({ ...fields, ...(row.notes === undefined ? {} : { notes: row.notes }) }, row.previous ? { notes: row.previous } : undefined);
      expect(meta.notes).toBe(row.expected);
      expect(meta.outlet).toBe('Ouest-France');
    });
  it('are refused beyond 20,000 characters, with a message', () => {
    expect(() => parseMetadataFields({ ...fields, notes: 'x'.repeat(20_001) }, undefined)).toThrow('Notes of at most 20,000 characters');
  });
  it('go into the CSL-JSON item as its note', () => {
    expect(toCslItem({ key: 'k', title: 'T', date: null, language: 'fr', meta: { notes: 'À recouper.' } })).toEqual({ id: 'k', 'citation-key': 'k', type: 'document', title: 'T', language: 'fr', note: 'À recouper.' });
  });
});

describe('the authors in a footnote', () => {
  const l: PassageLocator = { ...base, authors: ['Jean Dupont', 'AFP'], outlet: 'Ouest-France', dateLabel: '2024-11-01' };
  it('come first in a quote block’s footnote', () => {
    expect(quoteFootnote(l)).toBe('Jean Dupont, AFP, Ouest\\-France, *Visite officielle*, 2024\\-11\\-01 — `of.txt#cp=812-826` sha256:02ccfc7f2b3d');
  });
  it('come after the quote in a citation’s footnote', () => {
    expect(citedFootnote(l)).toBe('« nouveau niveau » — Jean Dupont, AFP, Ouest\\-France, *Visite officielle*, 2024\\-11\\-01 — `of.txt#cp=812-826` sha256:02ccfc7f2b3d');
  });
  it('are escaped as any source text is', () => {
    expect(quoteFootnote({ ...base, authors: ['*Anonyme*'] })).toBe('\\*Anonyme\\*, *Visite officielle* — `of.txt#cp=812-826` sha256:02ccfc7f2b3d');
  });
  it('come first in the clipboard citation, as plain text', () => {
    expect(textWithCitation(l)).toBe('nouveau niveau\n\n« nouveau niveau » — Jean Dupont, AFP, Ouest-France, Visite officielle, 2024-11-01 — `of.txt#cp=812-826` sha256:02ccfc7f2b3d');
  });
  it('and a paged source’s locator carries its page in the clipboard citation too', () => {
    expect(textWithCitation({ ...base, page: { first: 3, last: 4 } })).toBe('nouveau niveau\n\n« nouveau niveau » — Visite officielle — `of.txt#cp=812-826&p=3-4` sha256:02ccfc7f2b3d');
  });
});
