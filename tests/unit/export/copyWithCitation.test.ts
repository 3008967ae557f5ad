import { describe, expect, it } from 'vitest';
import { textWithCitation } from '@common/export/copyWithCitation';
import type { PassageLocator } from '@common/export/locator';

const HASH = '02ccfc7f2b3d9a1e5f00112233445566778899aabbccddeeff00112233445566';
const base: PassageLocator = { exact: 'nouveau niveau', sourceTitle: 'Visite officielle', fileName: 'of.txt', cpStart: 812, cpEnd: 826, versionHash: HASH };

// Expected clipboard texts written by hand from the footnote shape in README (« quote » — source — locator), as plain text.
const rows: Array<{ name: string; locator: PassageLocator; expected: string }> = [
  {
    name: 'puts the quote, a blank line, then quote, title and locator when nothing else is known',
    locator: base,
    expected: 'nouveau niveau\n\n« nouveau niveau » — Visite officielle — `of.txt#cp=812-826` sha256:02ccfc7f2b3d',
  },
  {
    name: 'names the outlet before the title and the date after it',
    locator: { ...base, outlet: 'Ouest-France', dateLabel: '2024-11-01' },
    expected: 'nouveau niveau\n\n« nouveau niveau » — Ouest-France, Visite officielle, 2024-11-01 — `of.txt#cp=812-826` sha256:02ccfc7f2b3d',
  },
  {
    name: 'falls back on the file name when the title is blank',
    locator: { ...base, sourceTitle: '  ' },
    expected: 'nouveau niveau\n\n« nouveau niveau » — of.txt — `of.txt#cp=812-826` sha256:02ccfc7f2b3d',
  },
  {
    name: 'keeps the copied text whole but writes the quoted line on one line',
    locator: { ...base, exact: 'ligne un\nligne deux', cpEnd: 831 },
    expected: 'ligne un\nligne deux\n\n« ligne un ligne deux » — Visite officielle — `of.txt#cp=812-831` sha256:02ccfc7f2b3d',
  },
  {
    name: 'leaves Markdown characters as they are, in plain text',
    locator: { ...base, exact: 'a *b* c', outlet: 'Ouest-France' },
    expected: 'a *b* c\n\n« a *b* c » — Ouest-France, Visite officielle — `of.txt#cp=812-826` sha256:02ccfc7f2b3d',
  },
];

describe('textWithCitation', () => {
  for (const row of rows) it(row.name, () => expect(textWithCitation(row.locator)).toBe(row.expected));
});
