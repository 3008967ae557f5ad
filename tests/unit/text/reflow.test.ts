import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reflowedText, reflowPieces } from '@common/text/reflow';
import { STEINHEIL_DIR } from '../../support/paths';

describe('reflowedText', () => {
  it.each([
    ['joins a word cut at a line end', 'un triple as-\nsassinat, a été', 'un triple assassinat, a été'],
    ['joins with spaces around the break (OCR)', 'Stein- \nheil', 'Steinheil'],
    ['keeps a hyphen before a capital (a compound name)', 'la Corée du Nord-\nCorée', 'la Corée du Nord- Corée'],
    ['turns the other line breaks into spaces', 'commis à Paris dans la\nnuit de samedi', 'commis à Paris dans la nuit de samedi'],
    ['leaves a hyphen inside a line', 'belle-mère', 'belle-mère'],
  ])('%s', (_name, text, shown) => {
    expect(reflowedText(text)).toBe(shown);
  });
});

describe('reflowPieces', () => {
  it('covers the span exactly, in order, with the hyphenation hidden', () => {
    const text = 'un triple as-\nsassinat';
    expect(reflowPieces(text, 0, text.length)).toEqual([
      { start: 0, end: 12, hidden: false },
      { start: 12, end: 14, hidden: true },
      { start: 14, end: 22, hidden: false },
    ]);
  });
  it('cuts a hyphenation shared with the span’s edges (a highlight ending inside it)', () => {
    const text = 'as-\nsassinat';
    expect(reflowPieces(text, 0, 3)).toEqual([
      { start: 0, end: 2, hidden: false },
      { start: 2, end: 3, hidden: true },
    ]);
    expect(reflowPieces(text, 3, 12)).toEqual([
      { start: 3, end: 4, hidden: true },
      { start: 4, end: 12, hidden: false },
    ]);
  });
  it('on the Figaro of 1 June 1908, every piece’s text is the stored text (offsets unchanged)', (ctx) => {
    const file = join(STEINHEIL_DIR, 'figaro_june_1_1908_clean.txt');
    if (!existsSync(file)) ctx.skip(`${file} is absent`);
    const text = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const pieces = reflowPieces(text, 0, text.length);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(reflowedText(text)).toContain('un triple assassinat, a été commis à Paris dans la nuit de samedi à dimanche.');
  });
});
