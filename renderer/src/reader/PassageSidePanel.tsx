import { PassageDetails } from './PassageDetails';
import { useReaderState } from './readerState';
import { useSourceData } from './useSourceData';
import { useWorkspace } from '../app/workspace';
import { useTranslation } from 'react-i18next';
import { VirtualList } from '../layout/VirtualList';

// A passage's row: up to three lines of quote and one of details, measured once drawn.
const PASSAGE_ROW_HEIGHT = 72;

/** The selected passage's details, or the list of the open source's passages. */
export function PassageSidePanel() {
  const { t } = useTranslation();
  const { sourceId, passageId, openPassage } = useWorkspace();
  const { selection, commentRequest, commentTaken } = useReaderState();
  const data = useSourceData(sourceId);
  if (!data) return <p className="empty">{t('passageSidePanel.noSourceOpen')}</p>;
  const selected = data.passages.find((p) => p.id === passageId);
  if (selected) {
    // One element per passage: a comment field asked for a new passage is never the last one's.
    return <PassageDetails key={selected.id} passage={selected} source={data.source} tags={data.tags} selection={selection} commentRequest={commentRequest?.passageId === selected.id ? commentRequest : null} onCommentTaken={commentTaken} />;
  }
  return (
    <section aria-label={t('passageSidePanel.passageList')}>
      <h2 className="pane-title">
        {t('passageSidePanel.passagesInThisSource')}{' '}<span className="count">({data.passages.length})</span>
      </h2>
      {data.passages.length === 0 ? <p className="empty">{t('passageSidePanel.selectTextInTheReaderTo')}</p> : null}
      <VirtualList
        items={data.passages}
        itemKey={(p) => p.id}
        label={t('passageSidePanel.passagesInThisSource')}
        className="passage-list"
        estimateSize={PASSAGE_ROW_HEIGHT}
        renderItem={(p) => (
          <button type="button" className="passage-item" onClick={() => openPassage(p)}>
            <span className="passage-exact">{p.selector.exact}</span>
            <span className="passage-item-meta">
              {p.tags.length > 0 ? p.tags.join(', ') : t('allPassagesView.noTag')}
              {p.status !== 'exact' ? ` · ${p.status}` : ''}
            </span>
          </button>
        )}
      />
    </section>
  );
}
