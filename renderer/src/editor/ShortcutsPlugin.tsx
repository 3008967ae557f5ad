import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { formatText, insertList, setBlockType } from './formatCommands';

/**
 * Keyboard shortcuts beyond Lexical's own (Ctrl/Cmd+B, I, U, Z, Y): Ctrl/Cmd+Shift+X strikethrough,
 * Ctrl/Cmd+E inline code, Ctrl/Cmd+Alt+0–3 paragraph and headings, Ctrl/Cmd+Shift+7/8/9 numbered,
 * bulleted and check lists, Ctrl/Cmd+Shift+K link. Ctrl/Cmd+K is left to the command palette.
 */
export function ShortcutsPlugin({ onLink }: { onLink: () => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event: KeyboardEvent) => {
          if (!(event.ctrlKey || event.metaKey)) return false;
          const key = event.key.toLowerCase();
          const code = event.code;
          let handled = true;
          if (event.shiftKey && key === 'x') formatText(editor, 'strikethrough');
          else if (!event.shiftKey && !event.altKey && key === 'e') formatText(editor, 'code');
          else if (event.shiftKey && key === 'k') onLink();
          else if (event.altKey && code === 'Digit0') setBlockType(editor, 'paragraph');
          else if (event.altKey && code === 'Digit1') setBlockType(editor, 'h1');
          else if (event.altKey && code === 'Digit2') setBlockType(editor, 'h2');
          else if (event.altKey && code === 'Digit3') setBlockType(editor, 'h3');
          else if (event.shiftKey && code === 'Digit7') insertList(editor, 'number');
          else if (event.shiftKey && code === 'Digit8') insertList(editor, 'bullet');
          else if (event.shiftKey && code === 'Digit9') insertList(editor, 'check');
          else handled = false;
          if (handled) event.preventDefault();
          return handled;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, onLink],
  );
  return null;
}
