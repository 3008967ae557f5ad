// Every hostile passage, exported in one note (a quote block and a citation each), read back by the
// Markdown readers people use: pandoc (gfm, commonmark_x, markdown), markdown-it and remark with
// remark-gfm. Each must see every quote as the passage's text with nothing built from it, and every
// footnote as « quote » — outlet, *title*, date — locator.
import { spawnSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { $createPassageQuoteNode } from '@common/editor/PassageQuoteNode';
import { $createPassageCitationNode } from '@common/editor/PassageCitationNode';
import { exportNoteToMarkdown } from '@common/export/exportNote';
import { verifyMarkdown } from '@common/export/verifyMarkdown';
import { seedFiles } from '../../support/paths';
import { buildNote, contextFor, loadSource, passageOf, readerOf, sourceFromText, type Passage } from './fixtures';
import { hostilePassages } from './hostileTexts';

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What a reader made of the note: each top-level block quote and each footnote, as text plus what it built. */
interface Reading {
  quotes: Array<{ text: string; built: string[] }>;
  notes: Array<{ text: string; built: string[] }>;
}

const seed = loadSource(seedFiles()[3]!);
const sentence = 'La Corée du Nord sera aux côtés de la Russie jusqu’à “sa victoire” en Ukraine';
const other = 'La ministre nord-coréenne des Affaires étrangères Choe Son Hui a rencontré son homologue russe Sergueï Lavrov';
const HOSTILE = hostilePassages(sentence, other);

// One source per passage (the seed with the hostile text put in), cited with a title, an outlet and a date.
const sources = HOSTILE.map(([, passage], i) => sourceFromText(`h${String(i).padStart(2, '0')}.txt`, seed.text.replace(sentence, () => passage)));
const passages: Passage[] = HOSTILE.map(([, passage], i) => ({ ...passageOf(sources[i]!, passage, `p${i}`), sourceTitle: `Titre ${i}: *étoilé* _souligné_ $x$ [crochets]`, outlet: 'Ouest-France', dateLabel: '2024-11-01' }));
const note = buildNote(() => {
  const root = $getRoot();
  passages.forEach((p) => {
    root.append($createParagraphNode().append($createTextNode(`Passage ${p.id} :`)));
    root.append($createPassageQuoteNode({ passageId: p.id, sourceId: p.fileName, sourceLabel: p.sourceTitle, exact: p.exact, detached: false }));
    root.append($createParagraphNode().append($createTextNode('Selon la source'), $createPassageCitationNode({ passageId: p.id, sourceId: p.fileName, label: 'source', exact: p.exact, detached: false }), $createTextNode('.')));
  });
});
const markdown = exportNoteToMarkdown(note, contextFor(passages));

const locatorText = (p: Passage) => `${p.fileName}#cp=${p.cpStart}-${p.cpEnd} sha256:${p.versionHash.slice(0, 12)}`;
const citation = (p: Passage) => `${p.outlet}, ${p.sourceTitle}, ${p.dateLabel}`;

// ---- pandoc: its JSON AST ----
type PandocNode = { t: string; c?: unknown };
function pandocReading(format: string): Reading | null {
  const run = spawnSync('pandoc', ['-f', format, '-t', 'json'], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return null;
  if (run.status !== 0) throw new Error(`pandoc -f ${format}: ${run.stderr}`);
  const doc = JSON.parse(run.stdout) as { blocks: PandocNode[] };
  const reading: Reading = { quotes: [], notes: [] };
  const inlines = (list: PandocNode[], built: string[]): string =>
    list
      .map((n) => {
        const c = n.c as never;
        switch (n.t) {
          case 'Str':
            return c as string;
          case 'Space':
          case 'SoftBreak':
          case 'LineBreak':
            return ' ';
          case 'Code':
            return (c as [unknown, string])[1];
          case 'Quoted': {
            // pandoc's smart extension reads curly quotes already in the text as a quotation, which
            // every writer renders with the same curly marks: the text reads the same.
            const [kind, inner] = c as [{ t: string }, PandocNode[]];
            const [open, close] = kind.t === 'DoubleQuote' ? ['“', '”'] : ['‘', '’'];
            return `${open}${inlines(inner, built)}${close}`;
          }
          case 'Note': {
            const noteBuilt: string[] = [];
            reading.notes.push({ text: '', built: noteBuilt });
            const slot = reading.notes.length - 1;
            reading.notes[slot]!.text = blocks(c as PandocNode[], noteBuilt);
            return '';
          }
          case 'Emph':
          case 'Strong':
          case 'Underline':
          case 'Strikeout':
          case 'Superscript':
          case 'Subscript':
          case 'SmallCaps':
            built.push(n.t);
            return inlines(c as PandocNode[], built);
          default: {
            // Quoted, Cite, Link, Image, Math, RawInline, Span: something built from the text.
            built.push(n.t);
            const parts = Array.isArray(c) ? (c as unknown[]) : [];
            const inner = parts.find((x) => Array.isArray(x) && (x as PandocNode[]).every((y) => typeof y === 'object' && y !== null && 't' in y));
            return inner ? inlines(inner as PandocNode[], built) : typeof parts[1] === 'string' ? (parts[1] as string) : '';
          }
        }
      })
      .join('');
  const blocks = (list: PandocNode[], built: string[]): string =>
    list
      .map((b) => {
        if (b.t === 'Para' || b.t === 'Plain') return inlines(b.c as PandocNode[], built);
        built.push(b.t);
        return b.t === 'BlockQuote' ? blocks(b.c as PandocNode[], built) : '';
      })
      .join(' ');
  for (const b of doc.blocks) {
    if (b.t === 'BlockQuote') {
      const built: string[] = [];
      const quote = { text: '', built };
      reading.quotes.push(quote);
      quote.text = blocks(b.c as PandocNode[], built);
    } else blocks([b], []);
  }
  return reading;
}

// ---- markdown-it with footnotes ----
function markdownItReading(): Reading {
  const md = new MarkdownIt('commonmark').use(footnote);
  type Token = ReturnType<typeof md.parse>[number];
  const tokens = md.parse(markdown, {});
  const reading: Reading = { quotes: [], notes: [] };
  const defs = new Map<number, { text: string; built: string[] }>();
  const order: number[] = [];
  let target: { text: string; built: string[] } | null = null;
  let depth = 0;
  const inline = (children: readonly Token[], into: { text: string; built: string[] }) => {
    for (const t of children) {
      if (t.type === 'text' || t.type === 'code_inline') into.text += t.content;
      else if (t.type === 'softbreak' || t.type === 'hardbreak') into.text += ' ';
      else if (t.type === 'footnote_ref') order.push((t.meta as { id: number }).id);
      else if (t.type.endsWith('_open') && t.type !== 'em_open') into.built.push(t.type);
      else if (t.type === 'em_open') into.built.push('Emph');
      else if (t.type === 'html_inline' || t.type === 'image') into.built.push(t.type);
    }
  };
  for (const t of tokens) {
    if (t.type === 'footnote_open') {
      target = { text: '', built: [] };
      defs.set((t.meta as { id: number }).id, target);
    } else if (t.type === 'footnote_close') target = null;
    else if (t.type === 'blockquote_open' && target === null && depth++ === 0) {
      reading.quotes.push({ text: '', built: [] });
    } else if (t.type === 'blockquote_close' && target === null) depth--;
    else if (t.type === 'inline') {
      const into = target ?? (depth > 0 ? reading.quotes.at(-1)! : { text: '', built: [] });
      inline(t.children ?? [], into);
      into.text += ' ';
    } else if (t.type !== 'paragraph_open' && t.type !== 'paragraph_close' && !t.type.startsWith('footnote') && !t.type.startsWith('blockquote')) {
      (target ?? (depth > 0 ? reading.quotes.at(-1)! : { text: '', built: [] })).built.push(t.type);
    }
  }
  reading.notes = order.map((id) => defs.get(id) ?? { text: '(unresolved)', built: [] });
  return reading;
}

// ---- remark with remark-gfm ----
type MdNode = { type: string; value?: string; url?: string; identifier?: string; children?: MdNode[] };
function remarkReading(): Reading {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as unknown as MdNode;
  const defs = new Map<string, MdNode>();
  const order: string[] = [];
  const walkRefs = (n: MdNode) => {
    if (n.type === 'footnoteDefinition') defs.set(n.identifier!, n);
    else {
      if (n.type === 'footnoteReference') order.push(n.identifier!);
      n.children?.forEach(walkRefs);
    }
  };
  walkRefs(tree);
  const text = (n: MdNode, built: string[]): string => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        return n.value ?? '';
      case 'break':
        return ' ';
      case 'footnoteReference':
        return '';
      case 'paragraph':
      case 'blockquote':
      case 'footnoteDefinition':
        return (n.children ?? []).map((c) => text(c, built)).join(n.type === 'paragraph' ? '' : ' ');
      case 'link': {
        // remark-gfm links bare URLs and e-mail addresses after reading escapes: acceptable when the
        // link shows exactly the text (what the brief asks: the same text with and without autolinks).
        const shown = (n.children ?? []).map((c) => text(c, built)).join('');
        if (!n.url?.endsWith(shown)) built.push('link');
        return shown;
      }
      case 'emphasis':
        built.push('Emph');
        return (n.children ?? []).map((c) => text(c, built)).join('');
      default:
        built.push(n.type);
        return (n.children ?? []).map((c) => text(c, built)).join('') + (n.value ?? '');
    }
  };
  const reading: Reading = { quotes: [], notes: [] };
  for (const n of tree.children ?? []) {
    if (n.type !== 'blockquote') continue;
    const built: string[] = [];
    reading.quotes.push({ text: text(n, built), built });
  }
  reading.notes = order.map((id) => {
    const def = defs.get(id);
    const built: string[] = [];
    return def ? { text: text(def, built), built } : { text: '(unresolved)', built };
  });
  return reading;
}

const READERS: Array<[string, () => Reading | null]> = [
  ['pandoc gfm', () => pandocReading('gfm')],
  ['pandoc commonmark_x', () => pandocReading('commonmark_x')],
  ['pandoc markdown', () => pandocReading('markdown')],
  ['markdown-it', markdownItReading],
  ['remark + remark-gfm', remarkReading],
];

const hasPandoc = !spawnSync('pandoc', ['--version']).error;

describe('every hostile passage reads as written in every Markdown reader', () => {
  it('verifies with npm run verify’s own reader first', () => {
    const results = verifyMarkdown(markdown, readerOf(sources));
    expect(results.filter((r) => r.status !== 'OK')).toEqual([]);
    expect(results).toHaveLength(2 * passages.length);
  });

  for (const [name, read] of READERS) {
    it.skipIf(name.startsWith('pandoc') && !hasPandoc)(`${name}: each quote is the passage, each footnote its citation and locator`, () => {
      const reading = read();
      expect(reading).not.toBeNull();
      const problems: string[] = [];
      expect(reading!.quotes).toHaveLength(passages.length);
      expect(reading!.notes).toHaveLength(2 * passages.length);
      passages.forEach((p, i) => {
        const label = HOSTILE[i]![0];
        const quote = reading!.quotes[i]!;
        if (collapse(quote.text) !== collapse(p.exact) || quote.built.length) problems.push(`${label} (quote): read «${collapse(quote.text)}» built [${quote.built}]`);
        const quoteNote = reading!.notes[2 * i]!;
        const cited = reading!.notes[2 * i + 1]!;
        const expectedQuoteNote = collapse(`${citation(p)} — ${locatorText(p)}`);
        const expectedCited = collapse(`« ${p.exact} » — ${citation(p)} — ${locatorText(p)}`);
        if (collapse(quoteNote.text) !== expectedQuoteNote || quoteNote.built.join() !== 'Emph') problems.push(`${label} (quote footnote): read «${collapse(quoteNote.text)}» built [${quoteNote.built}]`);
        if (collapse(cited.text) !== expectedCited || cited.built.join() !== 'Emph') problems.push(`${label} (citation footnote): read «${collapse(cited.text)}» built [${cited.built}]`);
      });
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('says so when pandoc is absent (CI installs it)', () => {
    if (!hasPandoc) console.warn('pandoc not found: the pandoc readers were skipped');
  });
});
