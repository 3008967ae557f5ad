import type { ElementTransformer, TextMatchTransformer, Transformer } from '@lexical/markdown';
import { CHECK_LIST, HEADING, ORDERED_LIST, QUOTE, TEXT_FORMAT_TRANSFORMERS, UNORDERED_LIST } from '@lexical/markdown';
import { $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/extension';
import type { LexicalNode } from 'lexical';
import { $isPassageQuoteNode, PassageQuoteNode } from './PassageQuoteNode';
import { $isPassageCitationNode, PassageCitationNode } from './PassageCitationNode';
import { $isEventCitationNode, EventCitationNode } from './EventCitationNode';
import { escapeMarkdownInline, markdownBlockQuote } from '../export/escapeMarkdown';
import type { EventEvidence, ExportContext } from '../export/exportContext';
import type { FootnoteCollector } from '../export/footnotes';
import { citedFootnote, quoteFootnote } from '../export/footnoteText';
import { SAFE_LINK } from '../export/safeLink';

// Export-only transformers: a note is never typed as Markdown into these nodes, so nothing may match.
const NEVER = /(?!)/;

function evidenceNote(e: EventEvidence): string {
  return [e.stance, e.who].filter((part) => part !== undefined && part.trim() !== '').join(', ');
}

/** A quote the notebook can no longer place: the note's own copy, and why there is no locator. */
function unplacedFootnote(label: string, exact: string | null, detached: boolean): string {
  const why = detached ? 'passage deleted' : 'passage no longer found in its source';
  const quoted = exact === null ? '' : `« ${escapeMarkdownInline(exact)} » — `;
  return `${quoted}*${escapeMarkdownInline(label.trim() || 'unknown source')}* (${why}: no locator)`;
}

/**
 * Markdown transformers for a note: Lexical's own for text, lists, links and headings, plus ours,
 * which write quotes, citations and events with footnotes ending in a verifiable locator. Built per
 * export around its footnote collector, so footnotes are numbered in order of appearance.
 */
export function noteMarkdownTransformers(ctx: ExportContext, footnotes: FootnoteCollector): Transformer[] {
  const passageQuote: ElementTransformer = {
    type: 'element',
    dependencies: [PassageQuoteNode],
    regExp: NEVER,
    replace: () => false,
    export: (node: LexicalNode) => {
      if (!$isPassageQuoteNode(node)) return null;
      const data = node.getData();
      const l = data.detached ? null : ctx.resolvePassage(data.passageId);
      const ref = footnotes.add(l ? quoteFootnote(l) : unplacedFootnote(data.sourceLabel, null, data.detached));
      // The block holds the passage as the notebook has it now (its locator vouches for that text).
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
      return footnotes.add(l ? citedFootnote(l) : unplacedFootnote(data.label, data.exact, data.detached));
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
      const title = escapeMarkdownInline((resolved?.title ?? data.title).trim() || 'Untitled event');
      const date = escapeMarkdownInline(resolved?.dateLabel ?? data.dateLabel);
      const refs = (resolved?.evidence ?? []).map((e) => footnotes.add(citedFootnote(e, evidenceNote(e)))).join('');
      return `**${title}**${date ? ` (${date})` : ''}${refs}`;
    },
  };
  const rule: ElementTransformer = {
    type: 'element',
    dependencies: [HorizontalRuleNode],
    regExp: NEVER,
    replace: () => false,
    export: (node: LexicalNode) => ($isHorizontalRuleNode(node) ? '***' : null),
  };
  // Order matters: ours first, and CHECK_LIST before the other lists so checkboxes are kept.
  return [passageQuote, rule, HEADING, QUOTE, CHECK_LIST, UNORDERED_LIST, ORDERED_LIST, citation, event, SAFE_LINK, ...TEXT_FORMAT_TRANSFORMERS];
}
