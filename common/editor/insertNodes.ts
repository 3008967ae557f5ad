import { $createParagraphNode, $getRoot, $getSelection, $insertNodes, $isParagraphNode, type LexicalNode } from 'lexical';
import { $createPassageQuoteNode, type PassageQuoteData, type PassageQuoteNode } from './PassageQuoteNode';
import { $createPassageCitationNode, type PassageCitationData, type PassageCitationNode } from './PassageCitationNode';
import { $createEventCitationNode, type EventCitationData, type EventCitationNode } from './EventCitationNode';

/**
 * Inserts at the selection when the note has one (the caret, or after a selected chip), else at the
 * end of the note. Call inside editor.update().
 */
function $insertAtSelectionOrEnd<T extends LexicalNode>(node: T): T {
  const inline = node.isInline();
  if ($getSelection() !== null) {
    $insertNodes([node]);
  } else if (inline) {
    // An inline chip continues the last paragraph rather than standing alone on a line.
    const last = $getRoot().getLastChild();
    if ($isParagraphNode(last)) last.append(node);
    else $getRoot().append($createParagraphNode().append(node));
  } else {
    $getRoot().append(node);
  }
  if (!inline) {
    // Leave somewhere to keep typing after a block quote at the end of the note.
    if (node.getNextSibling() === null) node.insertAfter($createParagraphNode());
    node.selectNext();
  }
  return node;
}

export function $insertPassageQuote(data: PassageQuoteData): PassageQuoteNode {
  return $insertAtSelectionOrEnd($createPassageQuoteNode(data));
}

export function $insertPassageCitation(data: PassageCitationData): PassageCitationNode {
  return $insertAtSelectionOrEnd($createPassageCitationNode(data));
}

export function $insertEventCitation(data: EventCitationData): EventCitationNode {
  return $insertAtSelectionOrEnd($createEventCitationNode(data));
}
