import { useCallback, useEffect, useState } from 'react';
import type { ImportBatch } from '@common/source/types';
import { db } from '../db/database';
import { importBatch, type ImportReport } from '../db/importSources';
import { notebook } from '../platform/notebookApi';

export type ImportState =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'error'; readonly origin: ImportBatch['origin']; readonly message: string };

// The seeds are imported once per page load, even when React runs effects twice.
let seedImport: Promise<ImportState> | null = null;

async function runImport(origin: ImportBatch['origin'], read: () => Promise<ImportBatch | null>): Promise<ImportState | null> {
  try {
    const batch = await read();
    if (!batch) return null;
    return { kind: 'report', report: await importBatch(db, batch) };
  } catch (error) {
    return { kind: 'error', origin, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Seed import at start-up and "Import text files…", with the reports that stay on screen. */
export function useImports(): { reports: readonly ImportState[]; importTextFiles: () => Promise<void>; busy: boolean } {
  const [reports, setReports] = useState<readonly ImportState[]>([]);
  const [busy, setBusy] = useState(true);

  useEffect(() => {
    seedImport ??= runImport('seeds', () => notebook.readSeeds()).then((s) => s!);
    let live = true;
    void seedImport.then((state) => {
      if (!live) return;
      setReports((r) => [state, ...r]);
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, []);

  const importTextFiles = useCallback(async () => {
    setBusy(true);
    const state = await runImport('files', () => notebook.openTextFiles());
    if (state) setReports((r) => [state, ...r].slice(0, 4));
    setBusy(false);
  }, []);

  useEffect(() => notebook.onMenuCommand((command) => {
    if (command === 'import-text-files') void importTextFiles();
  }), [importTextFiles]);

  return { reports, importTextFiles, busy };
}
