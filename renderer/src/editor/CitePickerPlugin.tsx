import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { useLiveQuery } from 'dexie-react-hooks';
import { simpleFold } from '@common/text/simpleFold';
import { citeLabels } from '@common/source/citeLabel';
import { db } from '../db/database';
import { insertIntoNote } from './insertIntoNote';
import { useUndo } from '../app/undo';
import { useTranslation } from 'react-i18next';

type Mode = 'cite' | 'quote';

class PassageOption extends MenuOption {
  constructor(
    readonly passageId: string,
    readonly exact: string,
    readonly sourceTitle: string,
  ) {
    super(passageId);
  }
}

// "@words", "/cite words" insert a citation chip; "/quote words" a quote block.
const TRIGGER = /(^|\s)(@|\/cite\b ?|\/quote\b ?)([^\n@]{0,60})$/;
let mode: Mode = 'cite';

function matchTrigger(text: string): MenuTextMatch | null {
  const m = TRIGGER.exec(text);
  if (!m) return null;
  mode = m[2]!.startsWith('/quote') ? 'quote' : 'cite';
  return { leadOffset: m.index + m[1]!.length, matchingString: m[3] ?? '', replaceableString: m[2]! + (m[3] ?? '') };
}

const MAX_OPTIONS = 8;

/** Typing `/cite`, `@` or `/quote` in a note searches passages by their text and inserts the one picked. */
export function CitePickerPlugin() {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { reportError } = useUndo();
  const [query, setQuery] = useState<string | null>(null);
  const rows = useLiveQuery(async () => {
    const [passages, sources] = await Promise.all([db.passages.toArray(), db.sources.toArray()]);
    const titles = citeLabels(sources);
    // Passages of a source in the Trash are detached: nothing new cites them.
    const trashed = new Set(sources.filter((s) => s.deletedAt).map((s) => s.id));
    return passages.filter((p) => !trashed.has(p.sourceId)).map((p) => ({ id: p.id, exact: p.selector.exact, title: titles.get(p.sourceId) ?? '', folded: simpleFold(`${p.selector.exact} ${p.tags.join(' ')}`) }));
  }, []);

  const options = useMemo(() => {
    if (query === null || !rows) return [];
    const wanted = simpleFold(query.trim());
    return rows
      .filter((r) => wanted === '' || r.folded.includes(wanted))
      .slice(0, MAX_OPTIONS)
      .map((r) => new PassageOption(r.id, r.exact, r.title));
  }, [query, rows]);

  return (
    <LexicalTypeaheadMenuPlugin<PassageOption>
      triggerFn={matchTrigger}
      onQueryChange={setQuery}
      options={options}
      onSelectOption={(option, textNode, closeMenu) => {
        editor.update(() => textNode?.remove());
        closeMenu();
        void insertIntoNote(db, editor, { kind: mode, passageId: option.passageId }).catch((e: Error) => reportError(t('errors.couldNotCite', { message: e.message })));
      }}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current
          ? createPortal(
              <div className="cite-menu">
                {options.length === 0 ? (
                  <p className="empty">{rows?.length ? t('citePickerPlugin.noPassageMatches') : t('citePickerPlugin.noPassagesYet')}</p>
                ) : (
                  <ul role="listbox" aria-label={mode === 'quote' ? t('citePickerPlugin.passagesToQuote') : t('citePickerPlugin.passagesToCite')}>
                    {options.map((option, i) => (
                      <li
                        key={option.key}
                        role="option"
                        aria-selected={selectedIndex === i}
                        ref={(el) => option.setRefElement(el)}
                        onMouseEnter={() => setHighlightedIndex(i)}
                        onMouseDown={(e) => e.preventDefault()}
                        onClick={() => selectOptionAndCleanUp(option)}
                      >
                        <span className="cite-exact">{option.exact}</span>
                        <span className="cite-source">{option.sourceTitle}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>,
              anchor.current,
            )
          : null
      }
    />
  );
}
