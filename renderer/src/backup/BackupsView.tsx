import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AutoBackupInfo } from '@common/ipc/contract';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useUndo } from '../app/undo';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { formatByteSize } from '../app/format';
import type { BackupReadSource } from '@common/ipc/contract';
import { backupFileName, planRestore, type RestorePlan } from './backupActions';
import { readBackupFile, saveBeforeRestore, seedHashes, whileRestoring, writeBackup } from './backupFiles';
import { annotationsJson, importAnnotations, passagesCsv } from './annotations';
import { importRefiQda, refiQdaProject } from './refiQda';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { SkippedAnnotation } from '@common/interchange/webAnnotationRead';

type ReadyPlan = Extract<RestorePlan, { ok: true }>;

/** Back up and restore the whole notebook, automatic backups, and trading annotations with other tools. */
export function BackupsView() {
  const { reportError, notify } = useUndo();
  const [autos, setAutos] = useState<AutoBackupInfo[]>([]);
  const [pending, setPending] = useState<ReadyPlan | null>(null);
  const [csvTag, setCsvTag] = useState('');
  const [importing, setImporting] = useState<{ done: number; total: number } | null>(null);
  const [skipped, setSkipped] = useState<{ file: string; items: SkippedAnnotation[] } | null>(null);
  const [qdaSkipped, setQdaSkipped] = useState<{ file: string; items: string[] } | null>(null);
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []) ?? [];

  const refresh = useCallback(() => void notebook.listAutoBackups().then(setAutos).catch((e: Error) => reportError(e.message)), [reportError]);
  useEffect(refresh, [refresh]);

  const guard = (what: string, work: () => Promise<void>) => void work().catch((e: Error) => reportError(`${what} failed: ${e.message}`));

  const restoreFrom = (source: BackupReadSource) => whileRestoring(() => planFrom(source));
  const planFrom = async (source: BackupReadSource) => {
    const read = await readBackupFile(source);
    if (!read) return;
    const plan = await planRestore(db, read.check, await seedHashes(), () => saveBeforeRestore(db));
    if (!plan.ok) {
      reportError(`Restore refused: ${plan.error} Nothing was changed.`);
      return;
    }
    if (plan.needsConfirm) setPending(plan);
    else await apply(plan);
  };
  const apply = async (plan: ReadyPlan) => {
    setPending(null);
    const saved = await whileRestoring(plan.apply);
    notify(`Notebook restored: ${plan.summary}.${saved ? ` What was here is kept as the automatic backup ${saved}.` : ''}`);
    refresh();
  };

  return (
    <main className="view" aria-label="Backups">
      <h1 className="view-title">Backups and interchange</h1>
      <section className="backup-actions" aria-label="Backup">
        <button type="button" onClick={() => guard('Backup', async () => {
          const written = await writeBackup(db, { to: 'file', title: 'Back up notebook', suggestedName: backupFileName() });
          if (written) notify(`Notebook backed up to ${written.path}`);
        })}>
          Back up notebook…
        </button>
        <button type="button" onClick={() => guard('Restore', async () => {
          await restoreFrom({ from: 'file', title: 'Restore a backup' });
        })}>
          Restore from file…
        </button>
      </section>

      <section aria-label="Automatic backups">
        <h2 className="pane-title">Automatic backups (the last {7} are kept, and every one saved before a restore)</h2>
        {autos.length === 0 ? <p className="empty">None yet: one is made every ten minutes while the notebook changes.</p> : null}
        <ul className="backup-list">
          {autos.map((b) => (
            <li key={b.name}>
              <span>{new Date(b.createdAt).toLocaleString()}</span> <span className="passage-item-meta">{formatByteSize(b.bytes)} · {b.name}</span>{' '}
              <button type="button" aria-label={`Restore ${b.name}`} onClick={() => guard('Restore', async () => restoreFrom({ from: 'auto', name: b.name }))}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="backup-actions" aria-label="Interchange">
        <h2 className="pane-title">Annotations and coding tables</h2>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveTextFile({ title: 'Export annotations', suggestedName: 'verbatim-annotations.jsonld', content: await annotationsJson(db), filter: 'annotations' });
          if (path) notify(`Annotations exported to ${path}`);
        })}>
          Export annotations (W3C)…
        </button>
        <button type="button" onClick={() => guard('Import', async () => {
          const file = await notebook.openTextFile({ title: 'Import annotations', filter: 'annotations' });
          if (!file) return;
          setSkipped(null);
          setImporting({ done: 0, total: 0 });
          try {
            const r = await importAnnotations(db, file.text, (done, total) => setImporting({ done, total }));
            setSkipped(r.skipped.length ? { file: file.name, items: r.skipped } : null);
            notify(`Annotations from ${file.name}: ${r.imported} imported, ${r.duplicates} already here, ${r.orphaned} orphaned (see Needs review), ${r.skipped.length} skipped.`);
          } finally {
            setImporting(null);
          }
        })} disabled={importing !== null}>
          Import annotations…
        </button>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveBinaryFile({ title: 'Export REFI-QDA project', suggestedName: 'verbatim.qdpx', base64: bytesToBase64(await refiQdaProject(db)), filter: 'qdpx' });
          if (path) notify(`REFI-QDA project exported to ${path}`);
        })}>
          Export REFI-QDA project…
        </button>
        <button type="button" onClick={() => guard('Import', async () => {
          const file = await notebook.openBinaryFile({ title: 'Import REFI-QDA project', filter: 'qdpx' });
          if (!file) return;
          setQdaSkipped(null);
          const r = await importRefiQda(db, base64ToBytes(file.base64), file.name);
          setQdaSkipped(r.skipped.length ? { file: file.name, items: r.skipped } : null);
          notify(`REFI-QDA project ${file.name}: ${r.sources} sources, ${r.codes} tags, ${r.passages} passages imported, ${r.duplicates} already here, ${r.skipped.length} skipped.`);
        })}>
          Import REFI-QDA project…
        </button>
        <label>
          <span>Tag</span>{' '}
          <select aria-label="CSV tag" value={csvTag} onChange={(e) => setCsvTag(e.target.value)}>
            <option value="">All passages</option>
            {tags.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveTextFile({ title: 'Export passages as CSV', suggestedName: csvTag ? `passages-${csvTag}.csv` : 'passages.csv', content: await passagesCsv(db, csvTag || undefined), filter: 'csv' });
          if (path) notify(`Passages exported to ${path}`);
        })}>
          Export passages as CSV…
        </button>
        {importing ? (
          <p role="status" aria-label="Import progress">
            Importing annotations… {importing.total ? `${importing.done.toLocaleString()} of ${importing.total.toLocaleString()}` : ''}
            <progress aria-label="Annotations imported" max={importing.total || 1} value={importing.done} />
          </p>
        ) : null}
      </section>

      {qdaSkipped ? (
        <section aria-label="Skipped from the REFI-QDA project">
          <h2 className="pane-title">
            {qdaSkipped.items.length} items of {qdaSkipped.file} were skipped
          </h2>
          <ul className="backup-list">
            {qdaSkipped.items.slice(0, 200).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setQdaSkipped(null)}>
            Dismiss skipped project items
          </button>
        </section>
      ) : null}

      {skipped ? (
        <section aria-label="Skipped annotations">
          <h2 className="pane-title">
            {skipped.items.length} items of {skipped.file} were skipped
          </h2>
          <ul className="backup-list">
            {skipped.items.slice(0, 200).map((s, i) => (
              <li key={i}>
                Item {s.item}
                {s.id ? ` (${s.id})` : ''}: {s.reason}
              </li>
            ))}
          </ul>
          {skipped.items.length > 200 ? <p>…and {skipped.items.length - 200} more.</p> : null}
          <button type="button" onClick={() => setSkipped(null)}>
            Dismiss skipped list
          </button>
        </section>
      ) : null}

      {pending ? (
        <ConfirmDialog title="Replace this notebook?" confirmLabel="Restore backup" onConfirm={() => guard('Restore', () => apply(pending))} onCancel={() => setPending(null)}>
          <p>The backup holds {pending.summary}.</p>
          <p>Everything in this notebook will be replaced. It is saved first as an automatic backup, which you can restore from this page.</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
