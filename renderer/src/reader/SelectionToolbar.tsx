import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
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
  /** Whether the tag field is open (T, or the Tag button). */
  tagging: boolean;
  /** Told when the tag field opens and closes, so the selection can be held while typing. */
  onTagging: (active: boolean) => void;
}

/**
 * The small toolbar over a reader selection: Highlight, Tag, Comment… Its keys (H, T, C…) are
 * heard by the reader (useSelectionKeys), so they work before the toolbar is drawn.
 * Buttons take no focus on mouse down, so clicking them keeps the selection.
 */
export function SelectionToolbar({ position, actions, tagNames, tagging, onTagging: setTagging }: Props) {
  const { t } = useTranslation();
  const [tagName, setTagName] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  // Before paint, so the first letters typed right after T go into the field.
  useLayoutEffect(() => {
    if (tagging) inputRef.current?.focus();
  }, [tagging]);

  const submitTag = (event: FormEvent) => {
    event.preventDefault();
    const name = tagName.trim();
    if (name === '') return;
    // The action has read the held selection before this lets it go.
    actions.tag(name);
    setTagName('');
    setTagging(false);
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
