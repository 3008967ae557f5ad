import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerCaretFromScreen } from './caretFromScreen';

/** Keys like Enter act at the caret on screen, even before Lexical has heard that it moved. */
export function CaretFromScreenPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerCaretFromScreen(editor), [editor]);
  return null;
}
