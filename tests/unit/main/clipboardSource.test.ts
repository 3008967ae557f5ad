import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../main/services/htmlToText';
import { clipboardSource } from '../../../main/services/clipboardSource';

// A news page as a browser copies it: navigation, a script, a style, an inline event handler, a
// javascript: link, an image from the network, entities, a list and a table.
const NEWS_PAGE = `<html><head><meta charset="utf-8"><title>Onglet</title><style>p { color: red }</style></head><body>
<nav><a href="/">Accueil</a> | <a href="/monde">Monde</a></nav>
<article>
  <h1>Le sommet   de Vladivostok</h1>
  <p class="chapo">Les deux dirigeants se sont <b>rencontrés</b> jeudi&nbsp;;<br>ils ont parlé du gaz.</p>
  <script>document.title = 'piraté'; fetch('https://evil.example/')</script>
  <img src="https://tracker.example/pixel.gif" alt="">
  <p onclick="alert(1)">Voir <a href="javascript:alert(1)">la carte</a> &amp; les chiffres.</p>
  <ul><li>le gaz</li><li>le rail</li></ul>
  <table><tr><td>2023</td><td>12 Mds</td></tr></table>
  <form><input value="Votre e-mail"><button>S’abonner</button></form>
</article>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the readable text of a news page as paragraphs, dropping navigation, scripts, styles and forms', () => {
    expect(htmlToText(NEWS_PAGE)).toBe(
      ['Le sommet de Vladivostok', 'Les deux dirigeants se sont rencontrés jeudi\u00a0;\nils ont parlé du gaz.', 'Voir la carte & les chiffres.', 'le gaz', 'le rail', '2023 12 Mds'].join('\n\n'),
    );
  });

  const rows: Array<{ name: string; html: string; expected: string }> = [
    { name: 'a bare fragment without html or body', html: 'un <i>mot</i> seul', expected: 'un mot seul' },
    { name: 'pre keeps its line breaks and spaces', html: '<pre>a  b\n  c</pre>', expected: 'a  b\n  c' },
    { name: 'markup written as text stays text', html: '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>', expected: '<script>alert(1)</script>' },
    { name: 'a page that is only a script has no text', html: '<script>while(true){}</script>', expected: '' },
    { name: 'comments are not text', html: '<p>a<!-- caché -->b</p>', expected: 'ab' },
  ];
  for (const row of rows) it(row.name, () => expect(htmlToText(row.html)).toBe(row.expected));
});

describe('clipboardSource', () => {
  // Four words are too few to tell a language: 'und'.
  it('makes a source of plain text, named by the hash of its normalized text, titled by its first line', async () => {
    const batch = await clipboardSource({ text: 'Titre collé\r\n\r\nUn texte copié.', html: '' });
    const text = 'Titre collé\n\nUn texte copié.';
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    expect(batch.failures).toEqual([]);
    expect(batch.sources).toEqual([
      { fileName: `clipboard-${hash.slice(0, 12)}.txt`, path: `clipboard:${hash}`, title: 'Titre collé', date: null, language: 'und', byteSize: Buffer.byteLength(text), encoding: 'utf-8', replacedBytes: 0, text, hash },
    ]);
  });

  it('prefers the HTML’s readable text to the plain text when both are there', async () => {
    const [source] = (await clipboardSource({ text: 'Accueil | Monde Le sommet…', html: NEWS_PAGE })).sources;
    expect(source?.title).toBe('Le sommet de Vladivostok');
    expect(source?.text).not.toContain('evil.example');
    expect(source?.text).not.toContain('Accueil');
  });

  it('gives the same source for the same text pasted twice', async () => {
    const a = (await clipboardSource({ text: 'Même texte\n', html: '' })).sources[0]!;
    const b = (await clipboardSource({ text: 'Même texte\r\n', html: '' })).sources[0]!;
    expect(b.hash).toBe(a.hash);
    expect(b.path).toBe(a.path);
  });

  const refusals: Array<{ name: string; text: string; html: string; reason: RegExp }> = [
    { name: 'an empty clipboard', text: '', html: '', reason: /holds no text/ },
    { name: 'white space only', text: ' \n\t ', html: '', reason: /holds no text/ },
    { name: 'HTML with no text and no plain text', text: '', html: '<script>x()</script><img src="a.png">', reason: /holds no text/ },
    { name: 'binary bytes pasted as text', text: 'a\u0000b\u0000c\u0000d', html: '', reason: /binary|control|NUL/i },
    { name: 'more HTML than any page', text: '', html: 'x'.repeat(8 * 1024 * 1024 + 1), reason: /too much HTML/ },
  ];
  for (const row of refusals)
    it(`refuses ${row.name} with a reason`, async () => {
      const batch = await clipboardSource({ text: row.text, html: row.html });
      expect(batch.sources).toEqual([]);
      expect(batch.failures[0]?.reason).toMatch(row.reason);
    });
});
