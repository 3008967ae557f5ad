import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLiteralText } from '../../../tools/i18n/findLiteralText';

const ROOT = join(__dirname, '../../..');
const RENDERER = join(ROOT, 'renderer/src');
// Never translated: the app's name.
const ALLOWED = new Set(['Verbatim']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? tsxFiles(join(dir, e.name)) : e.name.endsWith('.tsx') ? [join(dir, e.name)] : []));
}

describe('findLiteralText', () => {
  const rows = [
    { name: 'finds text between tags', source: 'const a = <p>Hello there</p>;', expected: ['Hello there'] },
    { name: 'finds a string child', source: "const a = <p>{'Save'}</p>;", expected: ['Save'] },
    { name: 'finds an accessible name written as a string', source: 'const a = <button aria-label="Close note" />;', expected: ['Close note'] },
    { name: 'finds words in a template title', source: 'const a = <span title={`Open ${name}`} />;', expected: ['`Open ${name}`'] },
    { name: 'finds the words of a condition', source: "const a = <p>{done ? 'Saved' : `${n} left`}</p>;", expected: ['Saved', '`${n} left`'] },
    { name: 'finds a fallback name', source: "const a = <p aria-label={title || 'Untitled'} />;", expected: ['Untitled'] },
    { name: 'finds a phrase in a component’s own prop', source: 'const a = <FilterSelect all="All actors" className="a b" name="tag" />;', expected: ['All actors'] },
    { name: 'lets a key combination through', source: 'const a = <span title={`Alt+${n}`} />;', expected: [] },
    { name: 'lets punctuation and catalog calls through', source: "const a = <p aria-label={t('x.y')}>{t('x.z')} · {n} ×</p>;", expected: [] },
    { name: 'lets class names and other attributes through', source: 'const a = <p className="note title" data-pane="left" />;', expected: [] },
  ];
  for (const row of rows) it(row.name, () => expect(findLiteralText('x.tsx', row.source).map((f) => f.text)).toEqual(row.expected));
});

describe('renderer JSX', () => {
  it('has no text written in it: every word comes from the catalogs', () => {
    const found = tsxFiles(RENDERER).flatMap((file) => findLiteralText(file, readFileSync(file, 'utf8'), ALLOWED).map((f) => `${relative(ROOT, file)}:${f.line} ${f.text}`));
    expect(found).toEqual([]);
    // Parsing every component takes seconds on a loaded machine: a generous limit, not a speed check.
  }, 60_000);
});
