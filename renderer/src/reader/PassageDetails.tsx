import { useEffect, useRef, useState, type FormEvent } from 'react';
import { db } from '../db/database';
import { movePassage, restorePassage, setPassageMemo, setPassageTags } from '../db/passages';
import { deletePassageAndDetach, undoDeletePassage } from '../db/deleteCitedPassage';
import { notesCiting } from '../db/notes';
import { useLiveQuery } from 'dexie-react-hooks';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { Backlinks } from '../notes/Backlinks';
import { useActiveNote } from '../notes/activeNote';
import { createEvent } from '../db/events';
import { AddToEventDialog } from '../events/AddToEventDialog';
import { eventTitleFrom } from '../events/eventTitle';
import type { PassageRow, SourceRow, TagRow } from '../db/schema';
import { useUndo } from '../app/undo';
import { useWorkspace } from '../app/workspace';
import { pageLabelOf, passagePages } from '../db/passagePages';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';
import { TYPE_AHEAD_ATTRIBUTE, takeTypeAhead, typedAheadText } from '../app/typeAhead';

interface Props {
  passage: PassageRow;
  source: SourceRow;
  tags: Map<string, TagRow>;
  /** The reader's current selection, for moving the passage's ends. */
  selection: { start: number; end: number } | null;
  /** The Comment action's request for this passage's comment: the field takes the focus, once. */
  commentRequest: object | null;
  onCommentTaken(): void;
}


/** Everything about one passage: text, tags, comment, dates, source; delete and move with undo. */
export function PassageDetails({ passage, source, tags, selection, commentRequest, onCommentTaken }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { push, reportError } = useUndo();
  const { selectPassage } = useWorkspace();
  const [memo, setMemo] = useState(passage.memo);
  const [newTag, setNewTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [addingToEvent, setAddingToEvent] = useState(false);
  const { openEvent } = useWorkspace();
  const { insert } = useActiveNote();
  const citing = useLiveQuery(() => notesCiting(db, [passage.id]), [passage.id]) ?? [];
  const page = pageLabelOf(useLiveQuery(() => passagePages(db, [passage]), [passage.id, passage.versionHash, passage.selector.start, passage.selector.end, passage.status]), passage.id);
  const memoRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setMemo(passage.memo), [passage.id, passage.memo]);
  // Typed after C, while the passage was being made (app/typeAhead.ts). Taken before the focus (a
  // focus on a field that was there before ends the hold), and kept for the request: React's strict
  // mode runs this again after the stored comment was set anew.
  const typedAhead = useRef<{ request: object; text: string } | null>(null);
  useEffect(() => {
    const field = memoRef.current;
    if (!commentRequest || !field) return;
    if (typedAhead.current?.request !== commentRequest) typedAhead.current = { request: commentRequest, text: typedAheadText(takeTypeAhead('passage-comment')) };
    const typed = typedAhead.current.text;
    if (typed !== '') setMemo(passage.memo + typed);
    field.focus();
    onCommentTaken();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per request, from the comment stored then
  }, [commentRequest, onCommentTaken]);

  const guard = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      reportError(t('errors.failed', { what: t(`actions.${what}`, { defaultValue: what }), message: error instanceof Error ? error.message : String(error) }));
    }
  };

  const saveMemo = () => {
    if (memo !== passage.memo) void guard('Saving the comment', () => setPassageMemo(db, passage.id, memo));
  };

  const addTag = (event: FormEvent) => {
    event.preventDefault();
    const name = newTag.trim();
    if (!name) return;
    setNewTag('');
    void guard('Tagging', () => setPassageTags(db, passage.id, [...passage.tags, name]));
  };

  const remove = () =>
    guard('Deleting the passage', async () => {
      setConfirming(false);
      const removed = await deletePassageAndDetach(db, passage.id);
      selectPassage(null);
      if (removed) push('Passage deleted.', () => undoDeletePassage(db, removed.passage, removed.noteIds));
    });

  const move = () =>
    guard('Moving the passage', async () => {
      if (!selection) return;
      const before = passage;
      await movePassage(db, passage.id, selection.start, selection.end);
      push('Passage ends moved.', () => restorePassage(db, before));
    });

  return (
    <section className="passage-details" aria-label={t('passageDetails.passageDetails')}>
      <header className="panel-header">
        <h2>{t('passageDetails.passage')}</h2>
        <button type="button" onClick={() => selectPassage(null)} aria-label={t('passageDetails.closePassageDetails')}>
          ×
        </button>
      </header>
      <blockquote className="passage-text" aria-label={t('passageDetails.passageText')}>
        {passage.selector.exact}
      </blockquote>
      <dl className="passage-meta">
        <dt>{t('passageDetails.source')}</dt>
        <dd>{source.title}</dd>
        {page ? (
          <>
            <dt>{t('passageDetails.page')}</dt>
            <dd className="passage-page">{page}</dd>
          </>
        ) : null}
                <dt>{t('passageDetails.created')}</dt>
        <dd>
          <time dateTime={passage.createdAt}>{format.dateTime(passage.createdAt)}</time>
        </dd>
        <dt>{t('passageDetails.status')}</dt>
        <dd className={`status status-${passage.status}`}>{t(`passageDetails.statusLabel.${passage.status}`)}</dd>
      </dl>
      <div className="tag-editor">
        <ul className="tag-chips" aria-label={t('passageDetails.tags')}>
          {passage.tags.map((tag) => (
            <li key={tag} className="tag-chip" style={{ backgroundColor: tags.get(tag)?.color }}>
              {tag}
              <button type="button" aria-label={t('passageDetails.removeTag', { tag })} onClick={() => void guard('Untagging', () => setPassageTags(db, passage.id, passage.tags.filter((x) => x !== tag)))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form onSubmit={addTag}>
          <input aria-label={t('passageDetails.addTag')} placeholder={t('passageDetails.addTag2')} list="all-tags" value={newTag} onChange={(e) => setNewTag(e.target.value)} />
          <datalist id="all-tags">
            {[...tags.keys()].map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
        </form>
      </div>
      <label className="memo">
        <span>{t('passageDetails.comment')}</span>
        <textarea
          ref={memoRef}
          {...{ [TYPE_AHEAD_ATTRIBUTE]: 'passage-comment' }}
          aria-label={t('passageDetails.comment')}
          aria-keyshortcuts="Control+Enter Meta+Enter"
          value={memo}
          rows={4}
          onChange={(e) => setMemo(e.target.value)}
          onBlur={saveMemo}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              saveMemo();
            }
          }}
        />
      </label>
      <div className="memo-actions">
        <span className="field-hint" aria-live="polite">
          {memo === passage.memo ? (passage.memo ? t('passageDetails.commentSaved') : '') : t('passageDetails.notSavedYet')}
        </span>
        <button type="button" onClick={saveMemo} disabled={memo === passage.memo}>
          {t('passageDetails.saveComment')}
        </button>
      </div>
      <div className="passage-actions">
        <button type="button" onClick={() => void guard('Quoting', () => insert({ kind: 'quote', passageId: passage.id }))}>
          {t('passageDetails.quoteInNote')}
        </button>
        <button type="button" onClick={() => void guard('Citing', () => insert({ kind: 'cite', passageId: passage.id }))}>
          {t('passageDetails.citeInNote')}
        </button>
        <button
          type="button"
          onClick={() =>
            void guard('Creating the event', async () => {
              const event = await createEvent(db, { title: eventTitleFrom(passage.selector.exact), passageId: passage.id });
              openEvent(event.id, { focus: true });
            })
          }
        >
          {t('passageDetails.newEvent')}
        </button>
        <button type="button" onClick={() => setAddingToEvent(true)}>
          {t('passageDetails.addToEvent')}
        </button>
        <button type="button" onClick={() => void move()} disabled={!selection} title={t('passageDetails.selectNewTextInTheReader')}>
          {t('passageDetails.moveEndsToSelection')}
        </button>
        <button type="button" className="danger" onClick={() => (citing.length > 0 ? setConfirming(true) : void remove())}>
          {t('passageDetails.deletePassage')}
        </button>
      </div>
      <Backlinks passageIds={[passage.id]} label={t('passageDetails.citedIn')} />
      {addingToEvent ? (
        <AddToEventDialog
          passage={async () => passage}
          onClose={(addedTo) => {
            setAddingToEvent(false);
            if (addedTo) openEvent(addedTo);
          }}
        />
      ) : null}
      {confirming ? (
        <ConfirmDialog title={t('passageDetails.deleteACitedPassage')} confirmLabel={t('passageDetails.deletePassage')} onConfirm={() => void remove()} onCancel={() => setConfirming(false)}>
          <p>{t('passageDetails.theseNotesCiteThisPassageThey')}</p>
          <ul>
            {citing.map((n) => (
              <li key={n.id}>{n.title}</li>
            ))}
          </ul>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
