import MarkdownIt from 'markdown-it';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, markdownBlockQuote, codeSpan } from '@common/export/escapeMarkdown';
import { normalizeSourceText } from '@common/text/normalize';
import { seedFiles } from '../../support/paths';

const md = new MarkdownIt('commonmark');
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const seed = normalizeSourceText(readFileSync(seedFiles()[0]!, 'utf8'));
const sentence = seed.split('\n')[0]!.slice(0, 80);

/** Real seed sentences with markup characters put in. */
const HOSTILE: Array<[string, string]> = [
  ['a heading mark', `# ${sentence}`],
  ['emphasis stars', `${sentence} *très* **fort**`],
  ['underscores', `_${sentence}_ et __gras__`],
  ['brackets that look like a link', `[${sentence}](https://example.com) et [ref]`],
  ['an HTML script tag', `${sentence} <script>alert(1)</script> <b>gras</b>`],
  ['table pipes', `| ${sentence} | col |\n|---|---|`],
  ['a line starting with >', `> ${sentence}`],
  ['a line starting with 1.', `1. ${sentence}`],
  ['a line starting with 3)', `3) ${sentence}`],
  ['a line starting with -', `- ${sentence}`],
  ['a line starting with +', `+ ${sentence}`],
  ['a thematic break', `${sentence}\n---\n***`],
  ['a setext underline', `${sentence}\n===`],
  ['backticks', `${sentence} \`code\` et \`\`\`fence\`\`\``],
  ['a trailing backslash', `${sentence} \\`],
  ['an entity', `${sentence} &amp; &copy; &#65;`],
  ['an indented line', `${sentence}\n    code indenté`],
  ['a multi-paragraph passage', `${sentence}\n\n- liste\n\n# titre`],
];

function renderedTokens(markdown: string): string[] {
  const types: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      types.push(t.type);
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return types;
}

function plainText(markdown: string): string {
  const parts: string[] = [];
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if (t.type === 'text' || t.type === 'code_inline') parts.push(t.content);
      if (t.type === 'softbreak' || t.type === 'hardbreak') parts.push(' ');
      if (t.type === 'paragraph_close') parts.push(' ');
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(markdown, {}));
  return parts.join('');
}

const FORBIDDEN = ['heading_open', 'link_open', 'html_inline', 'html_block', 'bullet_list_open', 'ordered_list_open', 'code_inline', 'code_block', 'fence', 'hr', 'em_open', 'strong_open', 'image', 'table_open'];

describe('source text stays literal in a block quote', () => {
  for (const [name, passage] of HOSTILE) {
    it(`keeps ${name} as text`, () => {
      const markdown = markdownBlockQuote(passage);
      const types = renderedTokens(markdown);
      for (const f of FORBIDDEN) expect(types, `${f} in ${markdown}`).not.toContain(f);
      expect(types.filter((t) => t === 'blockquote_open')).toHaveLength(1);
      expect(collapse(plainText(markdown))).toBe(collapse(passage));
    });
  }
});

describe('source text stays literal on one line (footnotes)', () => {
  for (const [name, passage] of HOSTILE) {
    it(`keeps ${name} as text`, () => {
      const markdown = `« ${escapeMarkdownInline(passage)} »`;
      const types = renderedTokens(markdown);
      for (const f of FORBIDDEN) expect(types).not.toContain(f);
      expect(collapse(plainText(markdown))).toBe(collapse(`« ${passage} »`));
    });
  }
});

describe('codeSpan', () => {
  const rows = [
    { name: 'plain text takes one backtick', input: 'a.txt#cp=1-2', expected: '`a.txt#cp=1-2`' },
    { name: 'a backtick inside takes a longer fence', input: 'a`b', expected: '``a`b``' },
    { name: 'a leading backtick is padded', input: '`a', expected: '`` `a ``' },
  ];
  for (const r of rows) it(r.name, () => expect(codeSpan(r.input)).toBe(r.expected));
});
