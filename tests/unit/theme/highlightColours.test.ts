import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_INK, HIGHLIGHTS, TAG_PALETTE } from '@common/theme/highlightColours';

// The checks are written here from their definitions (WCAG 2.x relative luminance and contrast
// ratio; CIE 1976 ΔE in CIELAB, D65), not taken from the code under test.
function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255) as [number, number, number];
}
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
function lab(hex: string): [number, number, number] {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function deltaE(a: string, b: string): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

/** The light and dark values of theme.css's custom properties: `--x: #rrggbb` holds in both,
 *  `--x: light-dark(#light, #dark)` gives one of each. */
function themeVariables(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(join(__dirname, '../../../renderer/src/layout/theme.css'), 'utf8');
  const rootBlock = css.slice(css.indexOf('html:root {'), css.indexOf('}', css.indexOf('html:root {')));
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const m of rootBlock.matchAll(/--([\w-]+):\s*(?:(#[0-9a-fA-F]{6})|light-dark\(\s*(#[0-9a-fA-F]{6})\s*,\s*(#[0-9a-fA-F]{6})\s*\))\s*;/g)) {
    light[m[1]!] = (m[2] ?? m[3]!).toLowerCase();
    dark[m[1]!] = (m[2] ?? m[4]!).toLowerCase();
  }
  return { light, dark };
}

const themes = themeVariables();
const named: Array<[string, string]> = [
  ['passage', HIGHLIGHTS.passage],
  ['search hit', HIGHLIGHTS.search],
  ['current search hit', HIGHLIGHTS.searchCurrent],
  ['mention', HIGHLIGHTS.mention],
  ...TAG_PALETTE.map((c, i): [string, string] => [`tag colour ${i + 1}`, c]),
];

describe('highlight colours', () => {
  it('the stylesheet draws the same highlight colours as common/theme', () => {
    expect(themes.light['hl-passage']).toBe(HIGHLIGHTS.passage);
    expect(themes.light['hl-search']).toBe(HIGHLIGHTS.search);
    expect(themes.light['hl-search-current']).toBe(HIGHLIGHTS.searchCurrent);
    expect(themes.light['hl-mention']).toBe(HIGHLIGHTS.mention);
    expect(themes.light['hl-ink']).toBe(HIGHLIGHT_INK);
  });

  it.each(named)('the ink on a %s (%s) reads at AAA contrast (7:1)', (_name, colour) => {
    expect(contrast(HIGHLIGHT_INK, colour)).toBeGreaterThanOrEqual(7);
  });

  for (const theme of ['light', 'dark'] as const) {
    it.each(named)(`a %s (%s) stands out from the ${theme} page (ΔE ≥ 15)`, (_name, colour) => {
      expect(deltaE(colour, themes[theme]['bg']!)).toBeGreaterThanOrEqual(15);
    });
  }

  const pairs = named.flatMap((a, i) => named.slice(i + 1).map((b): [string, string, string, string] => [a[0], b[0], a[1], b[1]]));
  it.each(pairs)('a %s and a %s are told apart (ΔE ≥ 15)', (_a, _b, x, y) => {
    expect(deltaE(x, y)).toBeGreaterThanOrEqual(15);
  });
});

describe('theme text colours', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`in the ${theme} theme, text, muted text, links and warnings are readable on the page and the panes (4.5:1)`, () => {
      const v = themes[theme];
      for (const background of [v['bg']!, v['pane']!, v['surface']!]) {
        expect(contrast(v['ink']!, background)).toBeGreaterThanOrEqual(7);
        for (const fg of ['muted', 'accent', 'warn', 'error']) expect(contrast(v[fg]!, background), `${fg} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('the dark theme is dark and the light one light', () => {
    expect(luminance(themes.dark['bg']!)).toBeLessThan(0.05);
    expect(luminance(themes.light['bg']!)).toBeGreaterThan(0.9);
  });
});
