import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { HorizontalRuleNode } from '@lexical/extension';
import { PassageQuoteNode } from './PassageQuoteNode';
import { PassageCitationNode } from './PassageCitationNode';
import { EventCitationNode } from './EventCitationNode';

/** Every node a note may hold; the renderer's editor and every headless editor use this one list. */
export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  HorizontalRuleNode,
  PassageQuoteNode,
  PassageCitationNode,
  EventCitationNode,
];
