import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { folderOf } from '@common/source/filePath';
import { useLibraryOrder, useSourceRows } from '../db/library';
import type { SourceRow } from '../db/schema';
import { useVirtualListbox } from '../layout/useVirtualListbox';
import { formatByteSize, formatPartialDate } from './format';
import { DeleteSourceDialog } from '../trash/DeleteSourceDialog';
import { useClipboardSource } from '../clipboard/useClipboardSource';
import { useTranslation } from 'react-i18next';
import { markLibraryShown } from './libraryShown';

interface Props {
  selectedId: string | null;
  onSelect: (sourceId: string) => void;
}

// Every row is this tall (two lines of title, one of details: styles.css): a fixed height lets the
// list place row 9,000 exactly without drawing the rows before it.
const ROW_HEIGHT = 60;

/**
 * The sources of the notebook, by file name, navigable with the arrow keys, Home/End and
 * PageUp/PageDown; Delete asks to move one to the Trash. Only the rows on screen are in the page and only they are read from the database:
 * the order and the count come from the file-name index alone.
 */
export function LibraryPane({ selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<SourceRow | null>(null);
  const clipboard = useClipboardSource();
  const order = useLibraryOrder();
  const ids = order?.ids ?? [];
  const scrollRef = useRef<HTMLDivElement>(null);
  const selectedIndex = useMemo(() => (selectedId ? ids.indexOf(selectedId) : -1), [ids, selectedId]);
  const { virtualizer, focusRow, rowForKey } = useVirtualListbox({ count: ids.length, activeIndex: selectedIndex, estimateSize: ROW_HEIGHT, scrollRef, getItemKey: (i) => ids[i] ?? i });
  const items = virtualizer.getVirtualItems();
  const visibleIds = useMemo(() => items.map((item) => ids[item.index]!).filter(Boolean), [items, ids]);
  const rows = useCachedRows(visibleIds);
  // The start is over once the first rows are drawn (or there are none): deferred work may begin.
  const listed = order !== undefined && (ids.length === 0 || rows.size > 0);
  useEffect(() => {
    if (listed) markLibraryShown();
  }, [listed]);

  // A source opened from elsewhere (search, a chip, the last one read at start) is scrolled into view.
  const shownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (selectedIndex < 0 || shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, selectedId, virtualizer]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const focused = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    const from = focused ? Number(focused.dataset['index']) : selectedIndex;
    if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const row = rows.get(ids[from] ?? '');
      if (row) {
        event.preventDefault();
        setDeleting(row);
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const id = ids[from];
      if (id === undefined) return;
      event.preventDefault();
      onSelect(id);
      return;
    }
    const next = rowForKey(event, from);
    if (next === null || next < 0) return;
    shownSelection.current = ids[next]!;
    onSelect(ids[next]!);
    focusRow(next);
  };

  // File names shared by several sources (from different folders) are shown, with the folder, to tell them apart.
  const sharesName = (index: number) => {
    const name = order?.fileNames[index];
    return name !== undefined && (order?.fileNames[index - 1] === name || order?.fileNames[index + 1] === name);
  };

  return (
    <nav className="library" aria-label={t('libraryPane.library')}>
      <h2 className="pane-title">
        {t('libraryPane.sources')} {order ? <span className="count">({ids.length})</span> : null}
      </h2>
      <button type="button" className="link-button clipboard-button" onClick={clipboard.start}>
        {t('libraryPane.newSourceFromClipboard')}
      </button>
      {order && ids.length === 0 ? <p className="empty">{t('libraryPane.noSourcesYetUseImportText')}</p> : null}
      <div className="library-scroll" ref={scrollRef}>
        <ul role="listbox" aria-label={t('libraryPane.sources')} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const id = ids[item.index]!;
            const source = rows.get(id);
            const selected = id === selectedId;
            return (
              <li
                key={item.key}
                data-index={item.index}
                data-source-id={id}
                role="option"
                aria-selected={selected}
                aria-setsize={ids.length}
                aria-posinset={item.index + 1}
                tabIndex={selected || (selectedIndex < 0 && item.index === 0) ? 0 : -1}
                className={selected ? 'source-item selected' : 'source-item'}
                style={{ height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => onSelect(id)}
                title={order?.fileNames[item.index]}
              >
                {source ? <SourceLine source={source} showFile={sharesName(item.index)} /> : <span className="source-title">{order?.fileNames[item.index]}</span>}
              </li>
            );
          })}
        </ul>
      </div>
      {clipboard.dialog}
      {deleting ? <DeleteSourceDialog source={deleting} onClose={() => setDeleting(null)} /> : null}
    </nav>
  );
}

function SourceLine({ source, showFile }: { source: SourceRow; showFile: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="source-title">{source.title}</span>
      <span className="source-meta">
        {formatPartialDate(source.date)} · {formatByteSize(source.byteSize)}
        {showFile ? (
          <>
            {' '}
            · <span className="file-name">{source.fileName}</span>
            {source.path ? ` ${t('libraryPane.inFolder', { folder: folderOf(source.path) })}` : ''}
          </>
        ) : null}
      </span>
    </>
  );
}

/**
 * The rows on screen, keeping the ones already read while the next screen loads, so scrolling
 * never blanks a row that was drawn a moment ago. Rows scrolled away are forgotten.
 */
function useCachedRows(ids: readonly string[]): ReadonlyMap<string, SourceRow> {
  const fresh = useSourceRows(ids);
  const [cache, setCache] = useState<ReadonlyMap<string, SourceRow>>(new Map());
  useEffect(() => {
    if (fresh) setCache(fresh);
  }, [fresh]);
  return useMemo(() => {
    const merged = new Map<string, SourceRow>();
    for (const id of ids) {
      const row = fresh?.get(id) ?? cache.get(id);
      if (row) merged.set(id, row);
    }
    return merged;
  }, [ids, fresh, cache]);
}
