import { recoveryFor } from '@common/notes/draftRecovery';
import type { NotebookDb } from '../db/database';
import { createNote, saveNoteContent } from '../db/notes';
import { abandonedDrafts, claimWindow, dropDraft } from './draftJournal';

/**
 * At start: what a closed, reloaded or killed window had typed but not saved goes back into its
 * note, or beside it as a copy when the note moved on since. Returns how many drafts were recovered.
 * One window at a time (a lock), so two windows starting together do not recover a draft twice.
 */
export async function recoverDrafts(db: NotebookDb): Promise<number> {
  claimWindow();
  const run = async () => {
    let recovered = 0;
    for (const draft of await abandonedDrafts()) {
      const note = await db.notes.get(draft.noteId);
      let action = recoveryFor(draft, note);
      if (action === 'save' && !(await saveNoteContent(db, draft.noteId, draft.content, draft.baseRevision)).ok) action = 'copy';
      if (action === 'copy') await createNote(db, `${note?.title ?? 'Untitled note'} (recovered draft)`, draft.content);
      if (action !== 'discard') recovered++;
      dropDraft(draft.noteId, draft.windowId);
    }
    return recovered;
  };
  return navigator.locks ? navigator.locks.request('verbatim.recover-drafts', run) : run();
}
