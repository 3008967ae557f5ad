import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { $createHorizontalRuleNode } from '@lexical/extension';
import { $createPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { $createEventCitationNode } from '@common/editor/EventCitationNode';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { verifyMarkdown } from '@common/export/verifyMarkdown';
import { seedFiles } from '../../support/paths';
import { buildNote, contextFor, loadSource, passageAt, passageOf, readerOf, sourceFromText, type Passage } from './fixtures';

const [s0, s1, s2, s3, s4] = seedFiles().map(loadSource);
const passages = {
  nouveauNiveau: passageOf(s1!, 'les relations bilatérales ont atteint un « nouveau niveau stratégique »', 'p-niveau'),
  victoire: passageOf(s3!, 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine', 'p-victoire'),
  // Across a line break of the source: a multi-line passage.
  kcna: passageOf(s0!, 'samedi (2/11).\nKCNA rapporte', 'p-kcna'),
  peskov: passageOf(s2!, 'Le 22 septembre, le ministère russe des Affaires étrangères', 'p-sept'),
  ordre: passageOf(s4!, 'Choe a noté que le dirigeant nord-coréen Kim Jong-un « nous a donné l’ordre', 'p-ordre'),
} satisfies Record<string, Passage>;
const all = Object.values(passages);
const EVENT = { eventId: 'e-1', title: 'Rencontre Choe–Lavrov à Moscou', dateLabel: '1er novembre 2024' };
const ctx = contextFor(all, {
  'e-1': { ...EVENT, evidence: [{ ...passages.peskov, stance: 'supports' }, { ...passages.ordre, stance: 'supports', who: 'Choe Son-hui' }] },
});
const quoteOf = (p: Passage, detached = false) => $createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: p.sourceTitle, exact: p.exact, detached });
const citeOf = (p: Passage, detached = false) => $createPassageCitationNode({ passageId: p.id, sourceId: p.fileName, label: 'Euronews', exact: p.exact, detached });

/** A note with every kind of node a note can hold. */
const note = buildNote(() => {
  const root = $getRoot();
  root.append($createHeadingNode('h1').append($createTextNode('Corée du Nord et Russie')));
  root.append(
    $createParagraphNode().append(
      $createTextNode('Selon Lavrov, '),
      $createTextNode('les relations').toggleFormat('bold'),
      $createTextNode(' ont atteint un '),
      $createTextNode('nouveau niveau').toggleFormat('italic'),
      citeOf(passages.nouveauNiveau),
      $createTextNode(' (voir '),
      $createLinkNode('https://fr.euronews.com/').append($createTextNode('Euronews')),
      $createTextNode(', fichier '),
      $createTextNode('001.txt').toggleFormat('code'),
      $createTextNode(').'),
    ),
  );
  root.append($createHeadingNode('h2').append($createTextNode('Citations')));
  root.append(quoteOf(passages.victoire));
  root.append(quoteOf(passages.kcna));
  root.append($createHorizontalRuleNode());
  root.append($createListNode('bullet').append($createListItemNode().append($createTextNode('premier point')), $createListItemNode().append($createTextNode('second point'))));
  root.append($createListNode('number').append($createListItemNode().append($createTextNode('un')), $createListItemNode().append($createTextNode('deux'))));
  root.append($createListNode('check').append($createListItemNode(true).append($createTextNode('relu')), $createListItemNode(false).append($createTextNode('à vérifier'))));
  root.append($createParagraphNode().append($createTextNode('Événement : '), $createEventCitationNode(EVENT), $createTextNode('.')));
  root.append($createQuoteNode().append($createTextNode('Une remarque à moi.')));
  root.append($createParagraphNode().append($createTextNode('Une source disparue'), citeOf(passages.peskov, true), $createTextNode('.')));
});
const markdown = exportNoteToMarkdown(note, ctx);
const loc = (p: Passage) => `\`${p.fileName}#cp=${p.cpStart}-${p.cpEnd}\` sha256:${p.versionHash.slice(0, 12)}`;

const md = new MarkdownIt('commonmark').use(footnote);
type Token = ReturnType<typeof md.parse>[number];
function flatten(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...flatten(t.children ?? [])]);
}
const tokens = flatten(md.parse(markdown, {}));
const ofType = (type: string) => tokens.filter((t) => t.type === type);

describe('exporting a note with every kind of node', () => {
  it('writes exactly the expected Markdown', () => {
    const { nouveauNiveau, victoire, kcna, peskov, ordre } = passages;
    expect(markdown).toBe(
      [
        '# Corée du Nord et Russie',
        '',
        'Selon Lavrov, **les relations** ont atteint un *nouveau niveau*[^1] (voir [Euronews](https://fr.euronews.com/), fichier `001.txt`).',
        '',
        '## Citations',
        '',
        '> La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine[^2]',
        '',
        '> samedi (2/11).',
        '> KCNA rapporte[^3]',
        '',
        '***',
        '',
        '- premier point',
        '- second point',
        '',
        '1. un',
        '2. deux',
        '',
        '- [x] relu',
        '- [ ] à vérifier',
        '',
        'Événement : **Rencontre Choe–Lavrov à Moscou** (1er novembre 2024)[^4][^5].',
        '',
        '> Une remarque à moi.',
        '',
        'Une source disparue[^6].',
        '',
        `[^1]: « ${nouveauNiveau.exact} » — *${s1!.title}* — ${loc(nouveauNiveau)}`,
        `[^2]: *l’essentiel* — ${loc(victoire)}`,
        `[^3]: *${s0!.title}* — ${loc(kcna)}`,
        `[^4]: « ${peskov.exact} » (supports) — *${s2!.title.trim()}* — ${loc(peskov)}`,
        `[^5]: « ${ordre.exact} » (supports\\, Choe Son-hui) — *${s4!.title}* — ${loc(ordre)}`,
        `[^6]: « ${peskov.exact} » — *Euronews* (passage deleted: no locator)`,
        '',
      ].join('\n'),
    );
  });

  const structure = [
    { name: 'headings keep their levels', type: 'heading_open', expected: ['h1', 'h2'], read: (t: Token) => t.tag },
    { name: 'bold survives (and names events)', type: 'strong_open', expected: ['strong', 'strong'], read: (t: Token) => t.tag },
    { name: 'italic survives (and names sources in footnotes)', type: 'em_open', expected: ['em', 'em', 'em', 'em', 'em', 'em', 'em'], read: (t: Token) => t.tag },
    { name: 'links keep their address', type: 'link_open', expected: ['https://fr.euronews.com/'], read: (t: Token) => t.attrGet('href') },
    { name: 'inline code survives', type: 'code_inline', expected: ['001.txt', ...all.slice(0, 4).map(() => 'locator'), 'locator'], read: (t: Token) => (t.content.includes('#cp=') ? 'locator' : t.content) },
    { name: 'the rule survives', type: 'hr', expected: ['hr'], read: (t: Token) => t.tag },
    { name: 'bulleted lists (checklists too) and numbered lists survive', type: 'list_item_open', expected: ['li', 'li', 'li', 'li', 'li', 'li'], read: (t: Token) => t.tag },
    { name: 'quote blocks and the note’s own quote are block quotes', type: 'blockquote_open', expected: ['blockquote', 'blockquote', 'blockquote'], read: (t: Token) => t.tag },
    { name: 'footnote references are numbered in order of appearance', type: 'footnote_ref', expected: [0, 1, 2, 3, 4, 5], read: (t: Token) => (t.meta as { id: number }).id },
  ];
  for (const row of structure) {
    it(row.name, () => expect(ofType(row.type).map(row.read)).toEqual(row.expected));
  }

  it('keeps checklist boxes as `- [x]` and `- [ ]`', () => {
    expect(markdown).toMatch(/^- \[x\] relu$/m);
    expect(markdown).toMatch(/^- \[ \] à vérifier$/m);
  });

  it('collects every footnote at the end, after the body', () => {
    const firstDefinition = markdown.search(/^\[\^1\]: /m);
    expect(markdown.slice(firstDefinition).split('\n').filter(Boolean).every((line) => /^\[\^\d+\]: /.test(line))).toBe(true);
    expect(ofType('footnote_open')).toHaveLength(6);
  });

  it('ends every quote’s and citation’s footnote with a locator of the documented form', () => {
    const lines = markdown.split('\n').filter((line) => /^\[\^[1-5]\]: /.test(line));
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/ — `[^`]+\.txt#cp=\d+-\d+` sha256:[0-9a-f]{12}$/);
  });

  it('gives a deleted passage’s citation its text but no locator', () => {
    expect(markdown).not.toMatch(/^\[\^6\]: .*#cp=/m);
  });

  it('verifies: every locator points at exactly the quoted words of its seed', () => {
    const results = verifyMarkdown(markdown, readerOf([s0!, s1!, s2!, s3!, s4!]));
    expect(results.map((r) => r.status)).toEqual(['OK', 'OK', 'OK', 'OK', 'OK']);
  });
});

describe('exporting edge cases', () => {
  it('exports an empty note as an empty string', () => {
    expect(exportNoteToMarkdown('', ctx)).toBe('');
    expect(exportNoteToMarkdown(buildNote(() => undefined), ctx)).toBe('');
  });

  it('writes no footnotes for a note without quotes', () => {
    expect(exportNoteToMarkdown(buildNote(() => $getRoot().append($createParagraphNode().append($createTextNode('Rien à citer.')))), ctx)).toBe('Rien à citer.\n');
  });

  it('accepts the note as a parsed object as well as a string', () => {
    expect(exportNoteToMarkdown(JSON.parse(note), ctx)).toBe(markdown);
  });

  it('counts offsets in code points, so a passage after an emoji is located right', () => {
    // A real seed with astral characters put before the passage: UTF-16 indices and code points differ.
    const source = sourceFromText('emoji.txt', `😀🇫🇷 ${s3!.text}`);
    const start = source.text.indexOf('La Corée du Nord sera');
    const p = passageAt(source, start, start + 40, 'p-emoji');
    expect(p.cpStart).toBe(start - 3);
    const out = exportNoteToMarkdown(buildNote(() => $getRoot().append(quoteOf(p))), contextFor([p]));
    expect(out).toContain(`\`emoji.txt#cp=${start - 3}-${start - 3 + 40}\``);
    expect(verifyMarkdown(out, readerOf([source])).map((r) => r.status)).toEqual(['OK']);
  });

  it('quotes the passage as the notebook holds it, and falls back on the note’s copy when it cannot place it', () => {
    const p = passages.victoire;
    const stale = buildNote(() => $getRoot().append($createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: 'ancien titre', exact: 'copie ancienne', detached: false })));
    expect(exportNoteToMarkdown(stale, ctx)).toContain(`> ${p.exact}[^1]`);
    expect(exportNoteToMarkdown(stale, contextFor([]))).toBe('> copie ancienne[^1]\n\n[^1]: *ancien titre* (passage no longer found in its source: no locator)\n');
  });
});
