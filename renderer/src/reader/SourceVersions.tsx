import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { passageChanges } from '@common/source/passageChanges';
import { encodingMessage } from '@common/text/decode';
import { translateMessage } from '@common/i18n/message';
import { wordDiff } from '@common/text/wordDiff';
import { db } from '../db/database';
import type { PassageRow, SourceRow, SourceVersionRow } from '../db/schema';
import { sourceVersionsQuery } from '../db/sources';
import { useFormat } from '../i18n/useFormat';
import { useTranslation } from 'react-i18next';


/** Words added and removed between two versions, with the passages that change moves, blurs or orphans. */
function VersionDiff({ older, newer, passages }: { older: SourceVersionRow; newer: SourceVersionRow; passages: readonly PassageRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const diff = useMemo(() => wordDiff(older.text, newer.text), [older, newer]);
  const changes = useMemo(() => passageChanges(older, newer, passages), [older, newer, passages]);
  return (
    <section className="version-diff" aria-label={t('sourceVersions.differences')}>
      {diff ? (
        <>
          <p className="diff-summary">
            {t('sourceVersions.wordsAdded', { count: diff.wordsAdded, n: format.number(diff.wordsAdded) })}, {t('sourceVersions.wordsRemoved', { count: diff.wordsRemoved, n: format.number(diff.wordsRemoved) })}.
          </p>
          <div className="diff-text">
            {diff.parts.map((part, i) =>
              part.kind === 'added' ? (
                <ins key={i}>{part.text}</ins>
              ) : part.kind === 'removed' ? (
                <del key={i}>{part.text}</del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </div>
        </>
      ) : (
        <p>{t('sourceVersions.theseTwoVersionsDifferTooMuch')}</p>
      )}
      <h4>{t('sourceVersions.passagesChangedByThisDifference')}</h4>
      {changes.length === 0 ? (
        <p>{t('sourceVersions.noPassageMovedWentFuzzyOr')}</p>
      ) : (
        <ul aria-label={t('sourceVersions.passagesChangedByThisDifference')}>
          {changes.map((c) => (
            <li key={c.id}>
              <strong>{t(`sourceVersions.status.${c.status}`)}</strong>: « {c.exact} »
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A source's versions: date, size, encoding, hash; any one shown read-only; a diff between two. */
export function SourceVersions({ source, passages }: { source: SourceRow; passages: readonly PassageRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useLiveQuery(sourceVersionsQuery(db, source.id), [source.id]);
  const [shown, setShown] = useState<string | null>(null);
  const [fromHash, setFromHash] = useState<string | null>(null);
  const [toHash, setToHash] = useState<string | null>(null);
  if (!versions) return null;
  const number = new Map(versions.map((v, i) => [v.hash, i + 1]));
  const label = (v: SourceVersionRow) => (v.hash === source.hash ? t('sourceVersions.versionCurrent', { n: number.get(v.hash) }) : t('sourceVersions.versionN', { n: number.get(v.hash) }));
  const currentIndex = versions.findIndex((v) => v.hash === source.hash);
  // By default: what the latest change did (the version before the current one, against the current one).
  const to = versions.find((v) => v.hash === toHash) ?? versions[currentIndex] ?? versions[versions.length - 1];
  const toIndex = to ? versions.indexOf(to) : -1;
  const from = versions.find((v) => v.hash === fromHash) ?? versions[toIndex - 1] ?? versions.find((v) => v.hash !== to?.hash);
  const shownVersion = versions.find((v) => v.hash === shown);

  return (
    <section className="source-versions" aria-label={t('sourceVersions.versionsOf', { title: source.title })}>
      <table>
        <caption>
          {t('sourceVersions.versionsOfThisSource', { count: versions.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('sourceVersions.version2')}</th>
            <th scope="col">{t('sourceVersions.imported')}</th>
            <th scope="col">{t('sourceVersions.size')}</th>
            <th scope="col">{t('sourceVersions.encoding')}</th>
            <th scope="col">{t('sourceVersions.sha256')}</th>
            <th scope="col">{t('sourceVersions.from')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('sourceVersions.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.hash} aria-current={v.hash === source.hash ? 'true' : undefined}>
              <th scope="row">{label(v)}</th>
              <td>{format.dateTime(v.importedAt)}</td>
              <td>{v.byteSize === undefined ? t('readerPane.notRecorded') : format.bytes(v.byteSize)}</td>
              <td>{v.encoding ? translateMessage(t, encodingMessage(v.encoding, v.replacedBytes)) : t('readerPane.notRecorded')}</td>
              <td>
                <code title={v.hash}>{v.hash.slice(0, 12)}</code>
              </td>
              <td>{v.origin === 'seeds' ? t('sourceVersions.seedCorpus') : (v.path ?? t('readerPane.notRecorded'))}</td>
              <td>
                <button type="button" className="link-button" onClick={() => setShown(shown === v.hash ? null : v.hash)} aria-pressed={shown === v.hash}>
                  {t('sourceVersions.showVersion', { hash: number.get(v.hash) })}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shownVersion ? (
        <section className="version-view" aria-label={t('sourceVersions.readOnly', { shownVersion: label(shownVersion) })}>
          <h3>
            {t('sourceVersions.readOnly', { shownVersion: label(shownVersion) })}{' '}<button type="button" className="link-button" onClick={() => setShown(null)}>
              {t('sourceVersions.closeVersion', { hash: number.get(shownVersion.hash) })}
            </button>
          </h3>
          <pre className="version-text">{shownVersion.text}</pre>
        </section>
      ) : null}
      {versions.length > 1 && from && to ? (
        <div className="version-compare">
          <label>
            {t('sourceVersions.compare')}{' '}<select aria-label={t('sourceVersions.compareFrom')} value={from.hash} onChange={(e) => setFromHash(e.target.value)}>
              {versions.map((v) => (
                <option key={v.hash} value={v.hash}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('sourceVersions.with')}{' '}<select aria-label={t('sourceVersions.compareWith')} value={to.hash} onChange={(e) => setToHash(e.target.value)}>
              {versions.map((v) => (
                <option key={v.hash} value={v.hash}>
                  {label(v)}
                </option>
              ))}
            </select>
          </label>
          {from.hash === to.hash ? <p>{t('sourceVersions.chooseTwoDifferentVersions')}</p> : <VersionDiff older={from} newer={to} passages={passages} />}
        </div>
      ) : null}
    </section>
  );
}
