import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createLinkNode } from '@lexical/link';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { isSafeLinkUrl } from '@common/export/safeLink';
import { buildNote, contextFor } from './fixtures';

const md = new MarkdownIt('commonmark');
const exportOf = (build: () => void) => exportNoteToMarkdown(buildNote(build), contextFor([]));

describe('what a person typed or pasted into a note cannot turn into something else in the file', () => {
  const links: Array<[string, string, boolean]> = [
    ['https', 'https://fr.euronews.com/a_b', true],
    ['mailto', 'mailto:presse@example.com', true],
    ['a relative link', 'notes/autre.md', true],
    ['javascript', 'javascript:alert(1)', false],
    ['javascript with a tab and capitals', 'Java\tScript:alert(1)', false],
    ['data', 'data:text/html,<script>alert(1)</script>', false],
    ['vbscript', 'vbscript:msgbox', false],
    ['file', 'file:///etc/passwd', false],
  ];
  for (const [name, url, live] of links) {
    it(`a pasted ${name} link is ${live ? 'kept as a link' : 'written as its text only'}`, () => {
      expect(isSafeLinkUrl(url)).toBe(live);
      const out = exportOf(() => $getRoot().append($createParagraphNode().append($createTextNode('voir '), $createLinkNode(url).append($createTextNode('ici')))));
      const linkTokens = md.parseInline(out, {})[0]!.children!.filter((t) => t.type === 'link_open');
      expect(linkTokens.length, out).toBe(live ? 1 : 0);
      expect(md.renderInline(out.trim())).toContain('ici');
    });
  }

  const items: Array<[string, string]> = [
    ['a block quote mark', '> pas une citation'],
    ['a heading mark', '# pas un titre'],
    ['a nested bullet', '- pas une sous-liste'],
    ['a nested number', '1. pas une sous-liste'],
  ];
  for (const [name, text] of items) {
    it(`a list item starting with ${name} stays one item of text`, () => {
      const out = exportOf(() => $getRoot().append($createListNode('bullet').append($createListItemNode().append($createTextNode(text)))));
      const types = md.parse(out, {}).map((t) => t.type);
      expect(types.filter((t) => ['blockquote_open', 'heading_open', 'html_block'].includes(t)), out).toEqual([]);
      expect(types.filter((t) => t === 'list_item_open'), out).toHaveLength(1);
      expect(md.render(out).replace(/<[^>]+>/g, '').trim()).toBe(text.replace(/>/g, '&gt;'));
    });
  }

  it('a pasted NUL never reaches the file: it becomes U+FFFD, as CommonMark readers show it', () => {
    const out = exportOf(() => $getRoot().append($createParagraphNode().append($createTextNode('avant\u0000après'))));
    expect(out).not.toContain('\u0000');
    expect(out).toContain('avant\ufffdaprès');
  });
});
