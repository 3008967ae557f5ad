import { useEffect, useState, type FormEvent } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import { formatText, insertList, insertRule, setBlockType, type BlockType } from './formatCommands';
import { useTranslation } from 'react-i18next';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

interface Props {
  linkRequest: number;
}

/** The note toolbar: one button per format, each named, with its shortcut in the tooltip. */
export function EditorToolbar({ linkRequest }: Props) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [formats, setFormats] = useState<Set<string>>(new Set());
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(CAN_UNDO_COMMAND, (v) => (setCanUndo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (v) => (setCanRedo(v), false), COMMAND_PRIORITY_LOW),
        editor.registerUpdateListener(({ editorState }) =>
          editorState.read(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            setFormats(new Set(['bold', 'italic', 'underline', 'strikethrough', 'code'].filter((f) => selection.hasFormat(f as 'bold'))));
          }),
        ),
      ),
    [editor],
  );

  useEffect(() => {
    if (linkRequest) setLinking(true);
  }, [linkRequest]);

  const applyLink = (event: FormEvent) => {
    event.preventDefault();
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url.trim() === '' ? null : url.trim());
    setLinking(false);
    editor.focus();
  };

  const keep = (e: React.MouseEvent) => e.preventDefault();
  const block = (type: BlockType, label: string, shortcut: string) => (
    <button type="button" onMouseDown={keep} onClick={() => setBlockType(editor, type)} title={`${label} (${shortcut})`}>
      {label}
    </button>
  );
  const format = (name: 'bold' | 'italic' | 'underline' | 'strikethrough' | 'code', label: string, shortcut: string, glyph: string) => (
    <button type="button" aria-label={label} aria-pressed={formats.has(name)} onMouseDown={keep} onClick={() => formatText(editor, name)} title={`${label} (${shortcut})`}>
      {glyph}
    </button>
  );
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editorToolbar.formatting')}>
      <button type="button" aria-label={t('editorToolbar.undo')} disabled={!canUndo} onMouseDown={keep} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)} title={t('editorToolbar.undoZ', { mod })}>
        ↶
      </button>
      <button type="button" aria-label={t('editorToolbar.redo')} disabled={!canRedo} onMouseDown={keep} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)} title={t('editorToolbar.redo2', { mod, value: isMac ? '⇧Z' : 'Y' })}>
        ↷
      </button>
      <span className="sep" />
      {block('paragraph', 'Paragraph', `${mod}Alt+0`)}
      {block('h1', 'Heading 1', `${mod}Alt+1`)}
      {block('h2', 'Heading 2', `${mod}Alt+2`)}
      {block('h3', 'Heading 3', `${mod}Alt+3`)}
      <span className="sep" />
      {format('bold', 'Bold', `${mod}B`, 'B')}
      {format('italic', 'Italic', `${mod}I`, 'I')}
      {format('underline', 'Underline', `${mod}U`, 'U')}
      {format('strikethrough', 'Strikethrough', `${mod}Shift+X`, 'S')}
      {format('code', 'Inline code', `${mod}E`, '</>')}
      <span className="sep" />
      <button type="button" onMouseDown={keep} onClick={() => insertList(editor, 'bullet')} title={t('editorToolbar.bulletedListShift8', { mod })}>
        {t('editorToolbar.list')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => insertList(editor, 'number')} title={t('editorToolbar.numberedListShift7', { mod })}>
        {t('editorToolbar.n1List')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => insertList(editor, 'check')} title={t('editorToolbar.checklistShift9', { mod })}>
        {t('editorToolbar.checklist')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => setLinking(true)} title={t('editorToolbar.linkShiftK', { mod })}>
        {t('editorToolbar.link')}
      </button>
      <button type="button" onMouseDown={keep} onClick={() => insertRule(editor)} title={t('editorToolbar.horizontalRule')}>
        {t('editorToolbar.rule')}
      </button>
      {linking ? (
        <form className="link-form" onSubmit={applyLink}>
          <input aria-label={t('editorToolbar.linkAddress')} value={url} onChange={(e) => setUrl(e.target.value)} autoFocus onKeyDown={(e) => e.key === 'Escape' && setLinking(false)} />
          <button type="submit">{t('editorToolbar.applyLink')}</button>
        </form>
      ) : null}
    </div>
  );
}
