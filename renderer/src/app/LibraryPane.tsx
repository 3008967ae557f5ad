import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { db } from '../db/database';
import { folderOf } from '@common/source/filePath';
import { formatByteSize, formatPartialDate } from './format';
import { librarySources } from '../db/trashSources';
import { DeleteSourceDialog } from '../trash/DeleteSourceDialog';
import type { SourceRow } from '../db/schema';
import { useClipboardSource } from '../clipboard/useClipboardSource';

interface Props {
  selectedId: string | null;
  onSelect: (sourceId: string) => void;
}

/** The sources of the notebook, by file name, navigable with the arrow keys; Delete asks to move one to the Trash. */
export function LibraryPane({ selectedId, onSelect }: Props) {
  const sources = useLiveQuery(() => librarySources(db), []);
  const [deleting, setDeleting] = useState<SourceRow | null>(null);
  const clipboard = useClipboardSource();
  const listRef = useRef<HTMLUListElement>(null);
  // Sources that share a file name (from different folders) show it, with the folder, to be told apart.
  const nameCounts = new Map<string, number>();
  for (const s of sources ?? []) nameCounts.set(s.fileName, (nameCounts.get(s.fileName) ?? 0) + 1);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'Delete' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const focused = sources?.find((s) => s.id === (event.target as HTMLElement).dataset['sourceId']);
      if (focused) {
        event.preventDefault();
        setDeleting(focused);
      }
      return;
    }
    if (!sources?.length || !['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    const index = sources.findIndex((s) => s.id === selectedId);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? sources.length - 1 : Math.min(sources.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
    const target = sources[next];
    if (!target) return;
    onSelect(target.id);
    listRef.current?.querySelector<HTMLElement>(`[data-source-id="${target.id}"]`)?.focus();
  };

  return (
    <nav className="library" aria-label="Library">
      <h2 className="pane-title">Sources {sources ? <span className="count">({sources.length})</span> : null}</h2>
      <button type="button" className="link-button clipboard-button" onClick={clipboard.start}>
        New source from clipboard…
      </button>
      {sources?.length === 0 ? <p className="empty">No sources yet. Use “Import sources…” or drop files or a folder on the window to add some.</p> : null}
      <ul role="listbox" aria-label="Sources" ref={listRef} onKeyDown={onKeyDown}>
        {sources?.map((source) => {
          const selected = source.id === selectedId;
          return (
            <li
              key={source.id}
              role="option"
              aria-selected={selected}
              tabIndex={selected || (!selectedId && source === sources[0]) ? 0 : -1}
              data-source-id={source.id}
              className={selected ? 'source-item selected' : 'source-item'}
              onClick={() => onSelect(source.id)}
              title={source.fileName}
            >
              <span className="source-title">{source.title}</span>
              <span className="source-meta">
                {formatPartialDate(source.date)} · {formatByteSize(source.byteSize)}
                {(nameCounts.get(source.fileName) ?? 0) > 1 ? (
                  <>
                    {' '}
                    · <span className="file-name">{source.fileName}</span>
                    {source.path ? ` in ${folderOf(source.path)}` : ''}
                  </>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
      {clipboard.dialog}
      {deleting ? <DeleteSourceDialog source={deleting} onClose={() => setDeleting(null)} /> : null}
    </nav>
  );
}
