import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { encodingMessage } from '@common/text/decode';
import { translateMessage } from '@common/i18n/message';
import type { ImportedFile } from '../db/importSources';
import type { ImportState } from './useImports';
import { useImportProgress } from './importProgressStore';
import { useFormat } from '../i18n/useFormat';

/** Text files say their encoding; PDF and Word files what they were read as (their text comes from a parser). */
function readAs(file: ImportedFile, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (file.format === 'pdf') return t('importReportPanel.readAsPdf');
  if (file.format === 'docx') return t('importReportPanel.readAsDocx');
  const encoding = translateMessage(t, encodingMessage(file.encoding, file.replacedBytes));
  return file.format === 'html' ? t('importReportPanel.readAsHtml', { encoding }) : encoding;
}

/** What happened to one file, in words; the encoding is always said for files the user chose. */
function FileLine({ file }: { file: ImportedFile }) {
  const { t } = useTranslation();
  const encoding = readAs(file, t);
  const what = {
    imported: t('importReportPanel.newSource', { title: file.title }),
    updated: t('importReportPanel.newVersionOf', { sourceTitle: file.sourceTitle }),
    restored: t('importReportPanel.anEarlierVersionOfIsCurrent', { sourceTitle: file.sourceTitle }),
    unchanged: t('importReportPanel.unchanged'),
    kept: t('importReportPanel.yourVersionOfKeptTheSeed', { sourceTitle: file.sourceTitle }),
    duplicate: null,
  }[file.outcome];
  const others = file.sameName?.map((s) => (s.path ? t('importReportPanel.titleFrom', { title: s.title, path: s.path }) : t('importReportPanel.quotedTitle', { title: s.title }))).join(', ');
  return (
    <li>
      <span className="file-name">{file.fileName}</span>: {what}
      {others ? (
        <>
          {' '}
          {t('importReportPanel.anotherSourceHasThisFileName', { others })}
        </>
      ) : null}{' '}
      {t('importReportPanel.readAs', { encoding })}
    </li>
  );
}

/** Seeds are reported file by file only when there is something to say. */
function worthALine(file: ImportedFile, origin: 'seeds' | 'files'): boolean {
  if (file.outcome === 'duplicate') return false; // said below, with what it duplicates
  return origin === 'files' || file.outcome === 'kept' || file.encoding === 'windows-1252' || file.replacedBytes > 0;
}

/**
 * File lines drawn at first, and added by each "Show more": an import of thousands of files drew
 * every line at once, which froze the window for seconds when the import ended. Every file is still
 * named, a page at a time.
 */
export const FILE_LINES_PER_PAGE = 100;

function ReportLine({ state }: { state: ImportState }) {
  const { t } = useTranslation();
  const originLabel = (origin: 'seeds' | 'files') => (origin === 'seeds' ? t('importReportPanel.seedCorpus') : t('importReportPanel.importedFiles'));
  const [shown, setShown] = useState(FILE_LINES_PER_PAGE);
  if (state.kind === 'cancelled') {
    return (
      <li className="report report-warn">
        <strong>{t('importReportPanel.originLabel', { origin: originLabel('files') })}</strong> {t('importReportPanel.importCancelled', { count: state.files })}
      </li>
    );
  }
  if (state.kind === 'error') {
    return (
      <li className="report report-error">
        <strong>{t('importReportPanel.originLabel', { origin: originLabel(state.origin) })}</strong> {t('importReportPanel.importFailed', { message: state.message })}
      </li>
    );
  }
  const r = state.report;
  const fileLines = r.files.filter((f) => worthALine(f, r.origin));
  const counts = [
    t('importReportPanel.countImported', { count: r.imported.length }),
    t('importReportPanel.countUpdated', { count: r.updated.length }),
    t('importReportPanel.countUnchanged', { count: r.unchanged.length }),
    ...(r.kept.length > 0 ? [t('importReportPanel.countKept', { count: r.kept.length })] : []),
    ...(r.duplicates.length > 0 ? [t('importReportPanel.countDuplicate', { count: r.duplicates.length })] : []),
    ...(r.failures.length > 0 ? [t('importReportPanel.countFailed', { count: r.failures.length })] : []),
  ];
  const toReview = r.reanchored.fuzzy + r.reanchored.orphaned > 0;
  return (
    <li className={r.failures.length > 0 ? 'report report-warn' : 'report'}>
      <strong>{t('importReportPanel.originLabel', { origin: originLabel(r.origin) })}</strong> {t('importReportPanel.counts', { counts: counts.join(', ') })}
      {r.updated.length > 0 && (
        <>
          {' '}
          {t(toReview ? 'importReportPanel.reanchoredToReview' : 'importReportPanel.reanchored', { ...r.reanchored })}
        </>
      )}
      {(r.failures.length > 0 || r.duplicates.length > 0 || fileLines.length > 0) && (
        <ul className="report-details">
          {fileLines.slice(0, shown).map((f) => (
            <FileLine key={`i-${f.path}`} file={f} />
          ))}
          {fileLines.length > shown ? (
            <li>
              <button type="button" className="link-button" onClick={() => setShown((n) => n + FILE_LINES_PER_PAGE)}>
                {t('importReportPanel.showMoreFiles', { count: Math.min(FILE_LINES_PER_PAGE, fileLines.length - shown), hidden: fileLines.length - shown })}
              </button>
            </li>
          ) : null}
          {r.failures.map((f) => (
            <li key={`f-${f.fileName}`}>
              <span className="file-name">{f.fileName}</span>
              {t('importReportPanel.notImported', { reason: f.reason })}
            </li>
          ))}
          {r.duplicates.map((d) => (
            <li key={`d-${d.fileName}`}>
              <span className="file-name">{d.fileName}</span>
              {t('importReportPanel.sameTextAsNotStoredTwice', { sameAs: d.sameAs })}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The import report stays on the main screen: counts, every file the user chose with its encoding, every failed file with its reason. */
export function ImportReportPanel({ reports, busy, onCancel }: { reports: readonly ImportState[]; busy: boolean; onCancel?: () => void }) {
  const { t } = useTranslation();
  const progress = useImportProgress();
  const format = useFormat();
  return (
    <section className="import-report" role="status" aria-label={t('importReportPanel.importReport')} aria-live="polite">
      {busy && reports.length === 0 ? <p>{t('importReportPanel.importingTheSeedCorpus')}</p> : null}
      {progress ? (
        <p className="import-progress">
          <span aria-label={t('importReportPanel.importProgress')}>
            {t('importReportPanel.readingFileOfOf', {
              n: format.number(Math.min(progress.done + 1, progress.total)),
              total: format.number(progress.total),
              bytesDone: format.bytes(progress.bytesDone),
              bytesTotal: format.bytes(progress.bytesTotal),
            })}
          </span>{' '}
          <progress max={progress.total} value={progress.done} aria-label={t('importReportPanel.filesRead')} />{' '}
          <button type="button" onClick={onCancel}>
            {t('importReportPanel.cancelImport')}
          </button>
        </p>
      ) : null}
      <ul>
        {reports.map((state, i) => (
          <ReportLine key={i} state={state} />
        ))}
      </ul>
    </section>
  );
}
