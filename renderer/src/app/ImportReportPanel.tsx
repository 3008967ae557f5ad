import type { ImportState } from './useImports';

const ORIGIN_LABEL = { seeds: 'Seed corpus', files: 'Imported files' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}`;
}

function ReportLine({ state }: { state: ImportState }) {
  if (state.kind === 'error') {
    return (
      <li className="report report-error">
        <strong>{ORIGIN_LABEL[state.origin]}:</strong> import failed — {state.message}
      </li>
    );
  }
  const r = state.report;
  return (
    <li className={r.failures.length > 0 ? 'report report-warn' : 'report'}>
      <strong>{ORIGIN_LABEL[r.origin]}:</strong> {plural(r.imported.length, 'imported')}, {plural(r.updated.length, 'updated')},{' '}
      {plural(r.unchanged.length, 'unchanged')}
      {r.duplicates.length > 0 && <>, {plural(r.duplicates.length, 'duplicate')}</>}
      {r.failures.length > 0 && <>, {plural(r.failures.length, 'failed')}</>}.
      {r.updated.length > 0 && (
        <>
          {' '}
          Passages re-anchored: {r.reanchored.exact} exact, {r.reanchored.moved} moved, {r.reanchored.fuzzy} fuzzy, {r.reanchored.orphaned} orphaned
          {r.reanchored.fuzzy + r.reanchored.orphaned > 0 ? ' (see Needs review)' : ''}.
        </>
      )}
      {(r.failures.length > 0 || r.duplicates.length > 0) && (
        <ul className="report-details">
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

/** The import report stays on the main screen: counts and every failed file with its reason. */
export function ImportReportPanel({ reports, busy }: { reports: readonly ImportState[]; busy: boolean }) {
  return (
    <section className="import-report" role="status" aria-label="Import report" aria-live="polite">
      {busy && reports.length === 0 ? <p>Importing the seed corpus…</p> : null}
      <ul>
        {reports.map((state, i) => (
          <ReportLine key={i} state={state} />
        ))}
      </ul>
    </section>
  );
}
