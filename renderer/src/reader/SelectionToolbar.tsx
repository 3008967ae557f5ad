import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SelectionAction {
  highlight(): void;
  tag(name: string): void;
  comment(): void;
  quote(): void;
  cite(): void;
  newEvent(): void;
  addToEvent(): void;
  copyWithCitation(): void;
}

interface Props {
  /** Where to draw, relative to the reader's scrolling container. */
  position: { top: number; left: number };
  actions: SelectionAction;
  tagNames: readonly string[];
  /** Told when the tag field opens and closes, so the selection can be held while typing. */
  onTagging: (active: boolean) => void;
}

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The small toolbar over a reader selection: Highlight, Tag, Comment (keys H, T, C).
 * Buttons take no focus on mouse down, so clicking them keeps the selection.
 */
export function SelectionToolbar({ position, actions, tagNames, onTagging }: Props) {
  const { t } = useTranslation();
  const [tagging, setTaggingState] = useState(false);
  const setTagging = (active: boolean) => {
    setTaggingState(active);
    onTagging(active);
  };
  const [tagName, setTagName] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (tagging) inputRef.current?.focus();
  }, [tagging]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (tagging || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'h') actions.highlight();
      else if (key === 't') setTagging(true);
      else if (key === 'c') actions.comment();
      else if (key === 'q') actions.quote();
      else if (key === 'e') actions.newEvent();
      // Y as in yank: C is taken by Comment.
      else if (key === 'y') actions.copyWithCitation();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, tagging]);

  const submitTag = (event: FormEvent) => {
    event.preventDefault();
    const name = tagName.trim();
    if (name === '') return;
    actions.tag(name);
    setTaggingState(false);
    setTagName('');
  };

  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t('selectionToolbar.selection')} style={{ top: position.top, left: position.left }}>
      {tagging ? (
        <form onSubmit={submitTag} className="tag-form">
          <input
            ref={inputRef}
            aria-label={t('selectionToolbar.tagName')}
            list="known-tags"
            value={tagName}
            placeholder={t('selectionToolbar.tag')}
            onChange={(e) => setTagName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setTagging(false)}
            onBlur={() => setTagging(false)}
          />
          <datalist id="known-tags">
            {tagNames.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="submit" onMouseDown={keep}>
            {t('selectionToolbar.applyTag')}
          </button>
        </form>
      ) : (
        <>
          <button type="button" onMouseDown={keep} onClick={actions.highlight} aria-keyshortcuts="H" title={t('selectionToolbar.highlightH')}>
            {t('selectionToolbar.highlight')}
          </button>
          <button type="button" onMouseDown={keep} onClick={() => setTagging(true)} aria-keyshortcuts="T" title={t('selectionToolbar.tagT')}>
            {t('selectionToolbar.tag2')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.comment} aria-keyshortcuts="C" title={t('selectionToolbar.commentC')}>
            {t('selectionToolbar.comment')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.quote} aria-keyshortcuts="Q" title={t('selectionToolbar.quoteInNoteQ')}>
            {t('selectionToolbar.quoteInNote')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.cite} title={t('selectionToolbar.citeInNote')}>
            {t('selectionToolbar.cite')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.copyWithCitation} aria-keyshortcuts="Y" title={t('selectionToolbar.copyWithCitationY')}>
            {t('selectionToolbar.copyWithCitation')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.newEvent} aria-keyshortcuts="E" title={t('selectionToolbar.newEventE')}>
            {t('selectionToolbar.newEvent')}
          </button>
          <button type="button" onMouseDown={keep} onClick={actions.addToEvent} title={t('selectionToolbar.addToEvent2')}>
            {t('selectionToolbar.addToEvent')}
          </button>
        </>
      )}
    </div>
  );
}
