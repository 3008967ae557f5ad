import type { ElementTransformer, TextMatchTransformer, Transformer } from '@lexical/markdown';
import { CHECK_LIST, HEADING, LINK, ORDERED_LIST, QUOTE, TEXT_FORMAT_TRANSFORMERS, UNORDERED_LIST } from '@lexical/markdown';
import { $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/extension';
import type { LexicalNode } from 'lexical';
import { $isPassageQuoteNode, PassageQuoteNode } from '../editor/PassageQuoteNode';
import { $isPassageCitationNode, PassageCitationNode } from '../editor/PassageCitationNode';
import { $isEventCitationNode, EventCitationNode } from '../editor/EventCitationNode';
import { escapeMarkdownInline, markdownBlockQuote } from './escapeMarkdown';
import { FootnoteCollector } from './footnotes';
import { formatLocator, type PassageLocator } from './locator';

export interface EventEvidenceLocator extends PassageLocator {
  readonly stance: string;
  readonly who: string;
}

/** What the export needs from the notebook, whatever holds it (Dexie in the app, plain maps in tools). */
export interface ExportContext {
  resolvePassage(passageId: string): PassageLocator | null;
  resolveEvent(eventId: string): { title: string; dateLabel: string; evidence: EventEvidenceLocator[] } | null;
}

const NEVER = /(?!)/;

function quoteFootnote(l: PassageLocator): string {
  return `*${escapeMarkdownInline(l.sourceTitle)}* — ${formatLocator(l)}`;
}

function citedFootnote(l: PassageLocator, note = ''): string {
  return `« ${escapeMarkdownInline(l.exact)} » — ${formatLocator(l)}${note}`;
}

function detachedFootnote(exact: string, label: string): string {
  return `« ${escapeMarkdownInline(exact)} » — ${escapeMarkdownInline(label)} (passage deleted: no locator)`;
}

/**
 * Markdown transformers for a note: Lexical's own for text, plus ours, which write quotes, citations and
 * events with footnotes ending in a verifiable locator. Built per export, around its footnote collector.
 */
export function noteTransformers(ctx: ExportContext, footnotes: FootnoteCollector): Transformer[] {
  const passageQuote: ElementTransformer = {
    type: 'element',
    dependencies: [PassageQuoteNode],
    regExp: NEVER,
    replace: () => false,
    export: (node: LexicalNode) => {
      if (!$isPassageQuoteNode(node)) return null;
      const data = node.getData();
      const l = data.detached ? null : ctx.resolvePassage(data.passageId);
      const ref = footnotes.add(l ? quoteFootnote(l) : detachedFootnote(data.exact, data.sourceLabel));
      return `${markdownBlockQuote(l?.exact ?? data.exact)}${ref}`;
    },
  };
  const citation: TextMatchTransformer = {
    type: 'text-match',
    dependencies: [PassageCitationNode],
    regExp: NEVER,
    importRegExp: NEVER,
    replace: () => undefined,
    export: (node: LexicalNode) => {
      if (!$isPassageCitationNode(node)) return null;
      const data = node.getData();
      const l = data.detached ? null : ctx.resolvePassage(data.passageId);
      return footnotes.add(l ? citedFootnote(l) : detachedFootnote(data.exact, data.label));
    },
  };
  const event: TextMatchTransformer = {
    type: 'text-match',
    dependencies: [EventCitationNode],
    regExp: NEVER,
    importRegExp: NEVER,
    replace: () => undefined,
    export: (node: LexicalNode) => {
      if (!$isEventCitationNode(node)) return null;
      const data = node.getData();
      const resolved = ctx.resolveEvent(data.eventId);
      const title = escapeMarkdownInline(resolved?.title ?? data.title);
      const date = escapeMarkdownInline(resolved?.dateLabel ?? data.dateLabel);
      const refs = (resolved?.evidence ?? []).map((e) => footnotes.add(citedFootnote(e, ` (${e.stance}${e.who ? `, ${escapeMarkdownInline(e.who)}` : ''})`))).join('');
      return `**${title}** (${date})${refs}`;
    },
  };
  const rule: ElementTransformer = {
    type: 'element',
    dependencies: [HorizontalRuleNode],
    regExp: NEVER,
    replace: () => false,
    export: (node: LexicalNode) => ($isHorizontalRuleNode(node) ? '***' : null),
  };
  return [passageQuote, rule, HEADING, QUOTE, CHECK_LIST, UNORDERED_LIST, ORDERED_LIST, citation, event, LINK, ...TEXT_FORMAT_TRANSFORMERS];
}
