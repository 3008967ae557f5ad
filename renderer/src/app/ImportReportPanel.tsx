import { describeEncoding } from '@common/text/decode';
import type { ImportedFile } from '../db/importSources';
import type { ImportState } from './useImports';
import { useImportProgress } from './importProgressStore';
import { formatByteSize } from './format';

const ORIGIN_LABEL = { seeds: 'Seed corpus', files: 'Imported files' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}`;
}

/** What happened to one file, in words; the encoding is always said for files the user chose. */
/** Text files say their encoding; PDF and Word files what they were read as (their text comes from a parser). */
function readAs(file: ImportedFile): string {
  if (file.format === 'pdf') return 'a PDF';
  if (file.format === 'docx') return 'a Word document';
  const encoding = describeEncoding(file.encoding, file.replacedBytes);
  return file.format === 'html' ? `a web page (${encoding})` : encoding;
}

function FileLine({ file }: { file: ImportedFile }) {
  const encoding = readAs(file);
  const what = {
    imported: <>new source “{file.title}”</>,
    updated: <>new version of “{file.sourceTitle}”</>,
    restored: <>an earlier version of “{file.sourceTitle}” is current again</>,
    unchanged: <>unchanged</>,
    kept: <>your version of “{file.sourceTitle}” kept; the seed did not replace it</>,
    duplicate: null,
  }[file.outcome];
  return (
    <li>
      <span className="file-name">{file.fileName}</span>: {what}
      {file.sameName?.length ? (
        <>
          {' '}
          (another source has this file name: {file.sameName.map((s) => `“${s.title}”${s.path ? ` from ${s.path}` : ''}`).join(', ')})
        </>
      ) : null}{' '}
      — read as {encoding}.
    </li>
  );
}

/** Seeds are reported file by file only when there is something to say. */
function worthALine(file: ImportedFile, origin: 'seeds' | 'files'): boolean {
  if (file.outcome === 'duplicate') return false; // said below, with what it duplicates
  return origin === 'files' || file.outcome === 'kept' || file.encoding === 'windows-1252' || file.replacedBytes > 0;
}

function ReportLine({ state }: { state: ImportState }) {
  if (state.kind === 'cancelled') {
    return (
      <li className="report report-warn">
        <strong>Imported files:</strong> import cancelled — nothing was imported ({state.files} files chosen).
      </li>
    );
  }
  if (state.kind === 'error') {
    return (
      <li className="report report-error">
        <strong>{ORIGIN_LABEL[state.origin]}:</strong> import failed — {state.message}
      </li>
    );
  }
  const r = state.report;
  const fileLines = r.files.filter((f) => worthALine(f, r.origin));
  return (
    <li className={r.failures.length > 0 ? 'report report-warn' : 'report'}>
      <strong>{ORIGIN_LABEL[r.origin]}:</strong> {plural(r.imported.length, 'imported')}, {plural(r.updated.length, 'updated')},{' '}
      {plural(r.unchanged.length, 'unchanged')}
      {r.kept.length > 0 && <>, {plural(r.kept.length, 'kept')}</>}
      {r.duplicates.length > 0 && <>, {plural(r.duplicates.length, 'duplicate')}</>}
      {r.failures.length > 0 && <>, {plural(r.failures.length, 'failed')}</>}.
      {r.updated.length > 0 && (
        <>
          {' '}
          Passages re-anchored: {r.reanchored.exact} exact, {r.reanchored.moved} moved, {r.reanchored.fuzzy} fuzzy, {r.reanchored.orphaned} orphaned
          {r.reanchored.fuzzy + r.reanchored.orphaned > 0 ? ' (see Needs review)' : ''}.
        </>
      )}
      {(r.failures.length > 0 || r.duplicates.length > 0 || fileLines.length > 0) && (
        <ul className="report-details">
          {fileLines.map((f) => (
            <FileLine key={`i-${f.path}`} file={f} />
          ))}
          {r.failures.map((f) => (
            <li key={`f-${f.fileName}`}>
              <span className="file-name">{f.fileName}</span>: not imported — {f.reason}.
            </li>
          ))}
          {r.duplicates.map((d) => (
            <li key={`d-${d.fileName}`}>
              <span className="file-name">{d.fileName}</span>: same text as {d.sameAs}, not stored twice.
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The import report stays on the main screen: counts, every file the user chose with its encoding, every failed file with its reason. */
export function ImportReportPanel({ reports, busy, onCancel }: { reports: readonly ImportState[]; busy: boolean; onCancel?: () => void }) {
  const progress = useImportProgress();
  return (
    <section className="import-report" role="status" aria-label="Import report" aria-live="polite">
      {busy && reports.length === 0 ? <p>Importing the seed corpus…</p> : null}
      {progress ? (
        <p className="import-progress">
          <span aria-label="Import progress">
            Reading file {Math.min(progress.done + 1, progress.total)} of {progress.total} ({formatByteSize(progress.bytesDone)} of {formatByteSize(progress.bytesTotal)})
          </span>{' '}
          <progress max={progress.total} value={progress.done} aria-label="Files read" />{' '}
          <button type="button" onClick={onCancel}>
            Cancel import
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
