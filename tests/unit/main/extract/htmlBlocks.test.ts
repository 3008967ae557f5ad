import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlBlocksToText, type ParsedPage } from '../../../../main/services/extract/htmlBlocks';

function textOf(body: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`) as unknown as ParsedPage;
  return htmlBlocksToText(document.body!);
}

describe('htmlBlocksToText', () => {
  const rows: Array<{ name: string; html: string; expected: string }> = [
    { name: 'paragraphs are a blank line apart, source white space collapsed', html: '<p>Un\n   deux</p>\n<p>trois</p>', expected: 'Un deux\n\ntrois' },
    { name: 'headings are paragraphs of their own', html: '<h1>Titre</h1><p>Texte</p><h2>Partie</h2>', expected: 'Titre\n\nTexte\n\nPartie' },
    { name: 'a bulleted list is one line per item', html: '<ul><li>un</li><li>deux</li></ul>', expected: '- un\n- deux' },
    { name: 'a numbered list is numbered', html: '<ol><li>un</li><li>deux</li></ol>', expected: '1. un\n2. deux' },
    { name: 'a nested list is indented under its item', html: '<ul><li>un<ul><li>a</li></ul></li><li>deux</li></ul>', expected: '- un\n  - a\n- deux' },
    { name: 'an item made of a paragraph keeps its marker', html: '<ul><li><p>un</p></li></ul>', expected: '- un' },
    { name: 'a line break stays a line break', html: '<p>ligne 1<br>ligne 2</p>', expected: 'ligne 1\nligne 2' },
    { name: 'preformatted text keeps its lines and spaces', html: '<pre>a  b\n  c</pre>', expected: 'a  b\n  c' },
    { name: 'scripts, styles, navigation and forms are not text', html: '<nav>Menu</nav><script>x()</script><style>p{}</style><p>Texte</p><button>OK</button>', expected: 'Texte' },
    { name: 'the no-break space of French typography is kept', html: '<p>Quoi\u00a0?</p>', expected: 'Quoi\u00a0?' },
    { name: 'inline markup is read through', html: '<p>Un <em>mot</em> <a href="https://x.org">lié</a>.</p>', expected: 'Un mot lié.' },
    { name: 'a table row is one paragraph', html: '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', expected: 'a b\n\nc' },
  ];
  for (const row of rows) it(row.name, () => expect(textOf(row.html)).toBe(row.expected));
});
