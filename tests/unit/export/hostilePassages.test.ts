import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { verifyMarkdown } from '@common/export/verifyMarkdown';
import { seedFiles } from '../../support/paths';
import { buildNote, contextFor, loadSource, passageOf, readerOf, sourceFromText } from './fixtures';
import { hostilePassages } from './hostileTexts';

// CommonMark with HTML enabled (the preset's default), plus footnotes: what the brief's reader uses.
const md = new MarkdownIt('commonmark').use(footnote);
type Token = ReturnType<typeof md.parse>[number];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

const seed = loadSource(seedFiles()[3]!);
// Real sentences of the seed, cut into words to put markup around.
const sentence = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';
const other = 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov';
expect(seed.text).toContain(sentence);
expect(seed.text).toContain(other);

const HOSTILE = hostilePassages(sentence, other);

/** The tokens between the first blockquote_open and its close, children included. */
function quoteTokens(tokens: readonly Token[]): Token[] {
  const start = tokens.findIndex((t) => t.type === 'blockquote_open');
  let depth = 0;
  const out: Token[] = [];
  for (const t of tokens.slice(start)) {
    if (t.type === 'blockquote_open') depth++;
    if (t.type === 'blockquote_close' && --depth === 0) break;
    out.push(t, ...(t.children ?? []));
  }
  return out;
}

/** The tokens of the footnote numbered `n` (from 1), children included. */
function footnoteTokens(tokens: readonly Token[], n: number): Token[] {
  const start = tokens.findIndex((t) => t.type === 'footnote_open' && (t.meta as { id: number }).id === n - 1);
  const end = tokens.findIndex((t, i) => i > start && t.type === 'footnote_close');
  return tokens.slice(start, end).flatMap((t) => [t, ...(t.children ?? [])]);
}

/** What a reader sees: text, with breaks and paragraph ends as spaces, footnote references dropped. */
function visibleText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.type === 'text' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' || t.type === 'paragraph_close' ? ' ' : '')).join('');
}

const BUILT = ['heading_open', 'link_open', 'image', 'html_inline', 'html_block', 'bullet_list_open', 'ordered_list_open', 'list_item_open', 'code_block', 'fence', 'hr', 'em_open', 'strong_open', 'table_open', 's_open'];

describe('source text is data: a hostile passage reads back exactly as itself', () => {
  for (const [name, passage] of HOSTILE) {
    describe(`a passage with ${name}`, () => {
      // The passage really is in a source: the seed with the hostile text put in.
      const source = sourceFromText(seed.fileName, seed.text.replace(sentence, () => passage));
      const p = passageOf(source, passage, 'p');
      const note = buildNote(() =>
        $getRoot().append(
          $createPassageQuoteNode({ passageId: 'p', sourceId: 's', sourceLabel: source.title, exact: passage, detached: false }),
          $createParagraphNode().append($createTextNode('Comme le dit la source'), $createPassageCitationNode({ passageId: 'p', sourceId: 's', label: 'l’essentiel', exact: passage, detached: false })),
        ),
      );
      const markdown = exportNoteToMarkdown(note, contextFor([p]));
      const tokens = md.parse(markdown, {});

      it('stays one block quote that builds nothing and reads as the passage', () => {
        const inQuote = quoteTokens(tokens);
        expect(inQuote.filter((t) => BUILT.includes(t.type) || t.type === 'code_inline').map((t) => t.type), markdown).toEqual([]);
        expect(inQuote.filter((t) => t.type === 'blockquote_open')).toHaveLength(1);
        expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(1);
        expect(collapse(visibleText(inQuote))).toBe(collapse(passage));
      });

      it('stays literal in the citation’s footnote, where only the locator is code', () => {
        const inNote = footnoteTokens(tokens, 2);
        // The one thing built: the source's title in italics.
        expect(inNote.filter((t) => BUILT.includes(t.type)).map((t) => t.type), markdown).toEqual(['em_open']);
        expect(inNote.filter((t) => t.type === 'code_inline').map((t) => t.content)).toEqual([`${p.fileName}#cp=${p.cpStart}-${p.cpEnd}`]);
        expect(collapse(visibleText(inNote))).toBe(collapse(`« ${passage} » — ${source.title} — sha256:${p.versionHash.slice(0, 12)}`));
      });

      it('renders the quote to HTML with no tag but paragraphs, breaks and its footnote mark', () => {
        const html = md.render(markdown);
        const quote = html.slice(html.indexOf('<blockquote>') + '<blockquote>'.length, html.indexOf('</blockquote>'));
        const tags = quote.replace(/<sup class="footnote-ref">.*?<\/sup>/g, '').match(/<\/?[a-z][a-z0-9]*/g) ?? [];
        expect(tags.filter((t) => !['<p', '</p', '<br'].includes(t)), quote).toEqual([]);
      });

      it('verifies against the source', () => {
        expect(verifyMarkdown(markdown, readerOf([source])).map((r) => r.status)).toEqual(['OK', 'OK']);
      });
    });
  }
});
