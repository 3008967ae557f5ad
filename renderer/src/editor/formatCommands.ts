import { $createParagraphNode, $getSelection, $isRangeSelection, FORMAT_TEXT_COMMAND, type LexicalEditor, type TextFormatType } from 'lexical';
import { $setBlocksType } from '@lexical/selection';
import { $createHeadingNode, $createQuoteNode, type HeadingTagType } from '@lexical/rich-text';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/extension';

/** Editing actions shared by the toolbar and the keyboard shortcuts. */
export type BlockType = 'paragraph' | HeadingTagType | 'quote';

export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (type === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (type === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(type));
  });
}

export function formatText(editor: LexicalEditor, format: TextFormatType): void {
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
}

export function insertList(editor: LexicalEditor, kind: 'bullet' | 'number' | 'check'): void {
  const command = kind === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : kind === 'number' ? INSERT_ORDERED_LIST_COMMAND : INSERT_CHECK_LIST_COMMAND;
  editor.dispatchCommand(command, undefined);
}

export function insertRule(editor: LexicalEditor): void {
  editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
}
