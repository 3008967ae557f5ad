import { $createParagraphNode, $getRoot, $getSelection, $insertNodes, $isRangeSelection, type LexicalNode } from 'lexical';
import { $createPassageQuoteNode, type PassageQuoteData } from './PassageQuoteNode';
import { $createPassageCitationNode, type PassageCitationData } from './PassageCitationNode';
import { $createEventCitationNode, type EventCitationData } from './EventCitationNode';

/** Inserts at the caret when the note has one, else at the end of the note. Call inside editor.update(). */
function $insertAtCaretOrEnd(node: LexicalNode, inline: boolean): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) {
    $insertNodes([node]);
  } else if (inline) {
    const paragraph = $createParagraphNode();
    paragraph.append(node);
    $getRoot().append(paragraph);
  } else {
    $getRoot().append(node);
  }
  // Leave somewhere to keep typing after a block quote at the end of the note.
  if (!inline && node.getNextSibling() === null) node.insertAfter($createParagraphNode());
  if (!inline) node.selectNext();
}

export function $insertPassageQuote(data: PassageQuoteData): void {
  $insertAtCaretOrEnd($createPassageQuoteNode(data), false);
}

export function $insertPassageCitation(data: PassageCitationData): void {
  $insertAtCaretOrEnd($createPassageCitationNode(data), true);
}

export function $insertEventCitation(data: EventCitationData): void {
  $insertAtCaretOrEnd($createEventCitationNode(data), true);
}
