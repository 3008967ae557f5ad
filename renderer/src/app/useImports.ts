import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportBatch } from '@common/source/types';
import { db } from '../db/database';
import { findImportQuestions, importBatch, type ImportQuestion, type ImportReport, type SourceChoice } from '../db/importSources';
import { notebook } from '../platform/notebookApi';

export type ImportState =
  | { readonly kind: 'report'; readonly report: ImportReport }
  | { readonly kind: 'error'; readonly origin: ImportBatch['origin']; readonly message: string };

/** A question on screen: which file, and the answer that lets the import go on. */
export interface PendingQuestion {
  readonly question: ImportQuestion;
  readonly answer: (choice: SourceChoice) => void;
}

type Ask = (question: ImportQuestion) => Promise<SourceChoice>;

// The seeds are imported once per page load, even when React runs effects twice.
let seedImport: Promise<ImportState> | null = null;

/**
 * Reads, asks what is unclear (before writing anything: the answers cannot wait inside a Dexie
 * transaction), then writes the whole batch in one transaction.
 */
async function runImport(origin: ImportBatch['origin'], read: () => Promise<ImportBatch | null>, ask?: Ask): Promise<ImportState | null> {
  try {
    const batch = await read();
    if (!batch) return null;
    const choices = new Map<string, SourceChoice>();
    if (ask) for (const question of await findImportQuestions(db, batch)) choices.set(question.path, await ask(question));
    return { kind: 'report', report: await importBatch(db, batch, { choices }) };
  } catch (error) {
    return { kind: 'error', origin, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Seed import at start-up and "Import text files…", with the reports that stay on screen and the questions asked on the way. */
export function useImports(): { reports: readonly ImportState[]; importTextFiles: () => Promise<void>; busy: boolean; question: PendingQuestion | null } {
  const [reports, setReports] = useState<readonly ImportState[]>([]);
  const [busy, setBusy] = useState(true);
  const [question, setQuestion] = useState<PendingQuestion | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

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

  const ask = useCallback<Ask>(
    (q) =>
      new Promise((resolve) => {
        setQuestion({
          question: q,
          answer: (choice) => {
            setQuestion(null);
            resolve(choice);
          },
        });
      }),
    [],
  );

  const importTextFiles = useCallback(async () => {
    setBusy(true);
    const state = await runImport('files', () => notebook.openTextFiles(), ask);
    if (!mounted.current) return;
    if (state) setReports((r) => [state, ...r].slice(0, 4));
    setBusy(false);
  }, [ask]);

  useEffect(() => notebook.onMenuCommand((command) => {
    if (command === 'import-text-files') void importTextFiles();
  }), [importTextFiles]);

  return { reports, importTextFiles, busy, question };
}
