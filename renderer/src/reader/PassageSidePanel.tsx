import type { ReaderSelection } from './useReaderSelection';
import type { SourceData } from './useSourceData';
import { PassageDetails } from './PassageDetails';
import { useWorkspace } from '../app/workspace';

interface Props {
  data: SourceData;
  selection: ReaderSelection | null;
  commentRequest: number;
}

/** Beside the reader: the selected passage's details, or the list of the source's passages. */
export function PassageSidePanel({ data, selection, commentRequest }: Props) {
  const { passageId, openPassage } = useWorkspace();
  const selected = data.passages.find((p) => p.id === passageId);
  return (
    <aside className="side-panel" aria-label="Passages of this source">
      {selected ? (
        <PassageDetails passage={selected} source={data.source} tags={data.tags} selection={selection} commentRequest={commentRequest} />
      ) : (
        <section aria-label="Passage list">
          <h2 className="pane-title">
            Passages <span className="count">({data.passages.length})</span>
          </h2>
          {data.passages.length === 0 ? <p className="empty">Select text in the reader to make a passage.</p> : null}
          <ul className="passage-list">
            {data.passages.map((p) => (
              <li key={p.id}>
                <button type="button" className="passage-item" onClick={() => openPassage(p)}>
                  <span className="passage-exact">{p.selector.exact}</span>
                  <span className="passage-item-meta">
                    {p.tags.length > 0 ? p.tags.join(', ') : 'no tag'}
                    {p.status !== 'exact' ? ` · ${p.status}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
