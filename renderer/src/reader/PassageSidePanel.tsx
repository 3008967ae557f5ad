import { PassageDetails } from './PassageDetails';
import { useReaderState } from './readerState';
import { useSourceData } from './useSourceData';
import { useWorkspace } from '../app/workspace';
import { useTranslation } from 'react-i18next';

/** The selected passage's details, or the list of the open source's passages. */
export function PassageSidePanel() {
  const { t } = useTranslation();
  const { sourceId, passageId, openPassage } = useWorkspace();
  const { selection, commentRequest } = useReaderState();
  const data = useSourceData(sourceId);
  if (!data) return <p className="empty">{t('passageSidePanel.noSourceOpen')}</p>;
  const selected = data.passages.find((p) => p.id === passageId);
  if (selected) {
    return <PassageDetails passage={selected} source={data.source} tags={data.tags} selection={selection} commentRequest={commentRequest} />;
  }
  return (
    <section aria-label={t('passageSidePanel.passageList')}>
      <h2 className="pane-title">
        {t('passageSidePanel.passagesInThisSource')}{' '}<span className="count">({data.passages.length})</span>
      </h2>
      {data.passages.length === 0 ? <p className="empty">{t('passageSidePanel.selectTextInTheReaderTo')}</p> : null}
      <ul className="passage-list">
        {data.passages.map((p) => (
          <li key={p.id}>
            <button type="button" className="passage-item" onClick={() => openPassage(p)}>
              <span className="passage-exact">{p.selector.exact}</span>
              <span className="passage-item-meta">
                {p.tags.length > 0 ? p.tags.join(', ') : t('allPassagesView.noTag')}
                {p.status !== 'exact' ? ` · ${p.status}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
