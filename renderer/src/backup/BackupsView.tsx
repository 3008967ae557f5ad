import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AutoBackupInfo } from '@common/ipc/contract';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useUndo } from '../app/undo';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useFormat } from '../i18n/useFormat';
import type { BackupReadSource } from '@common/ipc/contract';
import { backupFileName, planRestore, type RestorePlan } from './backupActions';
import { readBackupFile, saveBeforeRestore, seedHashes, whileRestoring, writeBackup } from './backupFiles';
import { AnnotationImportCancelled, annotationsJson, importAnnotations, passagesCsv, type ImportPhase } from './annotations';
import { importRefiQda, refiQdaProject } from './refiQda';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { SkippedAnnotation } from '@common/interchange/webAnnotationRead';
import { useTranslation } from 'react-i18next';

type ReadyPlan = Extract<RestorePlan, { ok: true }>;

/** Back up and restore the whole notebook, automatic backups, and trading annotations with other tools. */
export function BackupsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const { reportError, notify } = useUndo();
  const [autos, setAutos] = useState<AutoBackupInfo[]>([]);
  const [pending, setPending] = useState<ReadyPlan | null>(null);
  const [csvTag, setCsvTag] = useState('');
  const [importing, setImporting] = useState<{ done: number; total: number; phase: ImportPhase } | null>(null);
  const cancelImport = useRef<AbortController | null>(null);
  const [skipped, setSkipped] = useState<{ file: string; items: SkippedAnnotation[] } | null>(null);
  const [qdaSkipped, setQdaSkipped] = useState<{ file: string; items: string[] } | null>(null);
  const tags = useLiveQuery(() => db.tags.orderBy('name').toArray(), []) ?? [];

  const refresh = useCallback(() => void notebook.listAutoBackups().then(setAutos).catch((e: Error) => reportError(e.message)), [reportError]);
  useEffect(refresh, [refresh]);

  const guard = (what: string, work: () => Promise<void>) => void work().catch((e: Error) => reportError(t('errors.failed', { what: t(`actions.${what}`, { defaultValue: what }), message: e.message })));

  const restoreFrom = (source: BackupReadSource) => whileRestoring(() => planFrom(source));
  const planFrom = async (source: BackupReadSource) => {
    const read = await readBackupFile(source);
    if (!read) return;
    const plan = await planRestore(db, read.check, await seedHashes(), () => saveBeforeRestore(db));
    if (!plan.ok) {
      reportError(t('errors.restoreRefused', { message: plan.error }));
      return;
    }
    if (plan.needsConfirm) setPending(plan);
    else await apply(plan);
  };
  const apply = async (plan: ReadyPlan) => {
    setPending(null);
    const saved = await whileRestoring(plan.apply);
    notify(saved ? t('notices.notebookRestoredKept', { summary: plan.summary, saved }) : t('notices.notebookRestored', { summary: plan.summary }));
    refresh();
  };

  return (
    <main className="view" aria-label={t('backupsView.backups')}>
      <h1 className="view-title">{t('backupsView.backupsAndInterchange')}</h1>
      <section className="backup-actions" aria-label={t('backupsView.backup')}>
        <button type="button" onClick={() => guard('Backup', async () => {
          const written = await writeBackup(db, { to: 'file', title: 'Back up notebook', suggestedName: backupFileName() });
          if (written) notify(t('notices.backedUpTo', { path: written.path }));
        })}>
          {t('backupsView.backUpNotebook')}
        </button>
        <button type="button" onClick={() => guard('Restore', async () => {
          await restoreFrom({ from: 'file', title: 'Restore a backup' });
        })}>
          {t('backupsView.restoreFromFile')}
        </button>
      </section>

      <section aria-label={t('backupsView.automaticBackups')}>
        <h2 className="pane-title">{t('backupsView.automaticBackupsTheLastAreKept', { value: 7 })}</h2>
        {autos.length === 0 ? <p className="empty">{t('backupsView.noneYetOneIsMadeEvery')}</p> : null}
        <ul className="backup-list">
          {autos.map((b) => (
            <li key={b.name}>
              <span>{format.dateTime(b.createdAt)}</span> <span className="passage-item-meta">{format.bytes(b.bytes)} · {b.name}</span>{' '}
              <button type="button" aria-label={t('backupsView.restore2', { name: b.name })} onClick={() => guard('Restore', async () => restoreFrom({ from: 'auto', name: b.name }))}>
                {t('backupsView.restore')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="backup-actions" aria-label={t('backupsView.interchange')}>
        <h2 className="pane-title">{t('backupsView.annotationsAndCodingTables')}</h2>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveTextFile({ title: 'Export annotations', suggestedName: 'verbatim-annotations.jsonld', content: await annotationsJson(db), filter: 'annotations' });
          if (path) notify(t('notices.annotationsExportedTo', { path }));
        })}>
          {t('backupsView.exportAnnotationsW3c')}
        </button>
        <button type="button" onClick={() => guard('Import', async () => {
          const file = await notebook.openTextFile({ title: 'Import annotations', filter: 'annotations' });
          if (!file) return;
          setSkipped(null);
          setImporting({ done: 0, total: 0, phase: 'reading' });
          const abort = new AbortController();
          cancelImport.current = abort;
          try {
            const r = await importAnnotations(db, file.text, (done, total, phase) => setImporting({ done, total, phase }), abort.signal);
            setSkipped(r.skipped.length ? { file: file.name, items: r.skipped } : null);
            notify(t('notices.annotationsImported', { file: file.name, imported: r.imported, duplicates: r.duplicates, orphaned: r.orphaned, skipped: r.skipped.length }));
          } catch (e) {
            if (!(e instanceof AnnotationImportCancelled)) throw e;
            notify(t('notices.annotationImportCancelled', { file: file.name }));
          } finally {
            cancelImport.current = null;
            setImporting(null);
          }
        })} disabled={importing !== null}>
          {t('backupsView.importAnnotations')}
        </button>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveBinaryFile({ title: 'Export REFI-QDA project', suggestedName: 'verbatim.qdpx', base64: bytesToBase64(await refiQdaProject(db)), filter: 'qdpx' });
          if (path) notify(t('notices.qdaExportedTo', { path }));
        })}>
          {t('backupsView.exportRefiQdaProject')}
        </button>
        <button type="button" onClick={() => guard('Import', async () => {
          const file = await notebook.openBinaryFile({ title: 'Import REFI-QDA project', filter: 'qdpx' });
          if (!file) return;
          setQdaSkipped(null);
          const r = await importRefiQda(db, base64ToBytes(file.base64), file.name);
          setQdaSkipped(r.skipped.length ? { file: file.name, items: r.skipped } : null);
          notify(t('notices.qdaImported', { file: file.name, sources: r.sources, codes: r.codes, passages: r.passages, duplicates: r.duplicates, skipped: r.skipped.length }));
        })}>
          {t('backupsView.importRefiQdaProject')}
        </button>
        <label>
          <span>{t('backupsView.tag')}</span>{' '}
          <select aria-label={t('backupsView.csvTag')} value={csvTag} onChange={(e) => setCsvTag(e.target.value)}>
            <option value="">{t('backupsView.allPassages')}</option>
            {tags.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => guard('Export', async () => {
          const path = await notebook.saveTextFile({ title: 'Export passages as CSV', suggestedName: csvTag ? `passages-${csvTag}.csv` : 'passages.csv', content: await passagesCsv(db, csvTag || undefined), filter: 'csv' });
          if (path) notify(t('notices.passagesExportedTo', { path }));
        })}>
          {t('backupsView.exportPassagesAsCsv')}
        </button>
        {importing ? (
          <p role="status" aria-label={t('backupsView.importProgress')}>
            {t('backupsView.importingAnnotations')}{' '}
            {importing.phase === 'reading' ? t('backupsView.readingAnnotationFile') : t(importing.phase === 'anchoring' ? 'backupsView.anchoringDoneOfTotal' : 'backupsView.writingDoneOfTotal', { done: format.number(importing.done), total: format.number(importing.total) })}
            <progress aria-label={t('backupsView.annotationsImported')} max={importing.total || 1} value={importing.done} />
            <button type="button" onClick={() => cancelImport.current?.abort()}>
              {t('backupsView.cancelAnnotationImport')}
            </button>
          </p>
        ) : null}
      </section>

      {qdaSkipped ? (
        <section aria-label={t('backupsView.skippedFromTheRefiQdaProject')}>
          <h2 className="pane-title">
            {t('backupsView.itemsOfWereSkipped', { length: qdaSkipped.items.length, file: qdaSkipped.file })}
          </h2>
          <ul className="backup-list">
            {qdaSkipped.items.slice(0, 200).map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
          <button type="button" onClick={() => setQdaSkipped(null)}>
            {t('backupsView.dismissSkippedProjectItems')}
          </button>
        </section>
      ) : null}

      {skipped ? (
        <section aria-label={t('backupsView.skippedAnnotations')}>
          <h2 className="pane-title">
            {t('backupsView.itemsOfWereSkipped', { length: skipped.items.length, file: skipped.file })}
          </h2>
          <ul className="backup-list">
            {skipped.items.slice(0, 200).map((s, i) => (
              <li key={i}>
                {t('backupsView.item', { item: s.item })}
                {s.id ? ` (${s.id})` : ''}: {s.reason}
              </li>
            ))}
          </ul>
          {skipped.items.length > 200 ? <p>{t('backupsView.andMore', { value: skipped.items.length - 200 })}</p> : null}
          <button type="button" onClick={() => setSkipped(null)}>
            {t('backupsView.dismissSkippedList')}
          </button>
        </section>
      ) : null}

      {pending ? (
        <ConfirmDialog title={t('backupsView.replaceThisNotebook')} confirmLabel={t('backupsView.restoreBackup')} onConfirm={() => guard('Restore', () => apply(pending))} onCancel={() => setPending(null)}>
          <p>{t('backupsView.theBackupHolds', { summary: pending.summary })}</p>
          <p>{t('backupsView.everythingInThisNotebookWillBe')}</p>
        </ConfirmDialog>
      ) : null}
    </main>
  );
}
