import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ParsedSource } from '@common/source/types';
import { db } from '../db/database';
import { notebook } from '../platform/notebookApi';
import { useUndo } from '../app/undo';
import { useWorkspace } from '../app/workspace';
import { addClipboardSource } from './addClipboardSource';
import { ClipboardSourceDialog } from './ClipboardSourceDialog';

/**
 * New source from clipboard: main reads the clipboard (HTML becomes its readable text), the user
 * names the source, and it is stored like an imported file. Also started by the File menu.
 */
export function useClipboardSource(): { start: () => void; dialog: ReactNode } {
  const [parsed, setParsed] = useState<ParsedSource | null>(null);
  const { notify, reportError } = useUndo();
  const { openSource } = useWorkspace();
  const start = useCallback(() => {
    notebook.readClipboardSource().then(
      (batch) => {
        const source = batch.sources[0];
        if (source) setParsed(source);
        else reportError(`Nothing to make a source of: ${batch.failures[0]?.reason ?? 'the clipboard is empty'}.`);
      },
      (e: Error) => reportError(`The clipboard could not be read: ${e.message}`),
    );
  }, [reportError]);
  useEffect(() => notebook.onMenuCommand((command) => command === 'new-source-from-clipboard' && start()), [start]);
  const add = async (title: string) => {
    if (!parsed) return;
    const outcome = await addClipboardSource(db, parsed, title);
    setParsed(null);
    if (outcome.kind === 'added') {
      notify(`“${title.trim()}” added from the clipboard.`);
      openSource(outcome.sourceId);
    } else if (outcome.inTrash) notify(`This text is already the source “${outcome.title}”, in the Trash: restore it from there (Alt+9).`);
    else {
      notify(`This text is already the source “${outcome.title}”: it was not added twice.`);
      openSource(outcome.sourceId);
    }
  };
  const dialog = parsed ? <ClipboardSourceDialog parsed={parsed} onAdd={add} onCancel={() => setParsed(null)} /> : null;
  return { start, dialog };
}
