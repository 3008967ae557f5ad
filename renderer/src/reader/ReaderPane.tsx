import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { db } from '../db/database';
import { createPassage, setPassageTags } from '../db/passages';
import { formatByteSize, formatPartialDate } from '../app/format';
import { useWorkspace } from '../app/workspace';
import { useUndo } from '../app/undo';
import { ReaderText, type ReaderHighlight } from './ReaderText';
import { SelectionToolbar, type SelectionAction } from './SelectionToolbar';
import { isDrawable, useSourceData } from './useSourceData';
import { readReaderRange, readReaderSelection, useReaderSelection, type ReaderSelection } from './useReaderSelection';
import { useSelectionKeys } from './useSelectionKeys';
import { selectOffsets, selectionToOffsets } from './domOffsets';
import { useReaderState } from './readerState';
import { useActiveNote } from '../notes/activeNote';
import { createEvent } from '../db/events';
import { AddToEventDialog } from '../events/AddToEventDialog';
import { eventTitleFrom } from '../events/eventTitle';
import { SourceHeaderEditor } from './SourceHeaderEditor';
import { FindBar, type FindSeed, type FindState } from './FindBar';
import { Backlinks } from '../notes/Backlinks';
import { lazyComponent, LazyPart } from '../app/LazyPart';
import { useReaderCaret } from './useReaderCaret';
import { SourceDateOffer } from './SourceDateOffer';
import { SourceCitationLine } from './SourceCitationLine';
import { SourceFormatNote } from './SourceFormatNote';
import { useReflow } from './useReflow';
import { copyWithCitation } from './copyWithCitation';
import { holdTypeAhead, releaseAfterDraw } from '../app/typeAhead';
import { DeleteSourceDialog } from '../trash/DeleteSourceDialog';
import { useTranslation } from 'react-i18next';

// The versions table and its word diff, loaded when first asked for (not with every source opened).
const SourceVersions = lazyComponent(() => import('./SourceVersions').then((m) => m.SourceVersions));

/** The selected source in full, read-only, with its passages highlighted and the selection toolbar. */
export function ReaderPane() {
  const { t } = useTranslation();
  const { sourceId, passageId, reveal, selectPassage, openEvent } = useWorkspace();
  const [editingSource, setEditingSource] = useState(false);
  const [finding, setFinding] = useState(false);
  const [find, setFind] = useState<FindState | null>(null);
  const [findSeed, setFindSeed] = useState<FindSeed | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'f' && !(event.target as HTMLElement).closest?.('[contenteditable="true"]')) {
        event.preventDefault();
        setFinding(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    setFinding(false);
    setFind(null);
    setFindSeed(null);
  }, [sourceId]);
  useEffect(() => setEditingSource(false), [sourceId]);
  const [showingVersions, setShowingVersions] = useState(false);
  useEffect(() => setShowingVersions(false), [sourceId]);
  const [deletingSource, setDeletingSource] = useState(false);
  useEffect(() => setDeletingSource(false), [sourceId]);
  // Search hits from the palette open the find bar on them, at the best-ranked one (F3 steps through).
  useEffect(() => {
    if (reveal?.kind !== 'search' || !reveal.ranges) return;
    setFindSeed({ query: reveal.query ?? '', hits: reveal.ranges, best: reveal.current ?? 0, nonce: reveal.nonce });
    setFinding(true);
  }, [reveal]);
  const [addingToEvent, setAddingToEvent] = useState<null | (() => Promise<{ id: string }>)>(null);
  // After adding to an event the reader stays where it was (the next passage is usually in the same
  // text); a notice says where the passage went and offers the way there.
  const [addedTo, setAddedTo] = useState<{ id: string; title: string } | null>(null);
  useEffect(() => setAddedTo(null), [sourceId]);
  const { reportError, notify } = useUndo();
  const data = useSourceData(sourceId);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLElement>(null);
  const liveSelection = useReaderSelection(bodyRef, scrollRef, data?.text);
  const caret = useReaderCaret(bodyRef, scrollRef);
  const [reflow, toggleReflow] = useReflow(sourceId);
  // While the user types a tag name, focus leaves the text: the toolbar keeps the selection it was opened on.
  const [frozen, setFrozen] = useState<ReaderSelection | null>(null);
  const selection = frozen ?? liveSelection;
  const tagging = frozen !== null;
  const [keepSelection, setKeepSelection] = useState<{ start: number; end: number; passageId: string } | null>(null);
  const { setSelection, requestComment } = useReaderState();
  const { insert } = useActiveNote();
  useEffect(() => setSelection(selection), [selection, setSelection]);

  // Mentions and search hits asked for by another view, drawn until another source is opened.
  const revealed = reveal?.ranges && reveal.kind ? reveal : null;
  const highlights = useMemo<ReaderHighlight[]>(() => {
    if (!data) return [];
    const extra: ReaderHighlight[] = find
      ? find.ranges.map((r, i) => ({ id: `find-${i}`, start: r.start, end: r.end, kind: 'search' as const, className: `${i === find.current ? 'current' : ''}${r.alias ? ' alias' : ''}`.trim() }))
      : (revealed?.ranges ?? []).map((r, i) => ({ id: `${revealed!.kind}-${i}`, start: r.start, end: r.end, kind: revealed!.kind! }));
    return extra.concat(data.passages
      .filter((p) => isDrawable(p, data.source))
      .map((p) => ({
        id: p.id,
        start: p.selector.start,
        end: p.selector.end,
        kind: 'passage' as const,
        className: [p.id === passageId ? 'selected' : '', p.status === 'fuzzy' ? 'fuzzy' : ''].join(' ').trim(),
        color: data.tags.get(p.tags[0] ?? '')?.color,
      })));
  }, [data, passageId, revealed, find]);

  // A long text is drawn a slice at a time: a hit or a passage further down is found once it is drawn.
  const [drawnText, setDrawnText] = useState<string | null>(null);
  const openText = data?.text;
  const onDrawn = useCallback(() => setDrawnText(openText ?? null), [openText]);
  const drawnAll = openText !== undefined && drawnText === openText;

  // Keep the current find hit in view.
  useEffect(() => {
    if (!find || !bodyRef.current) return;
    bodyRef.current.querySelector<HTMLElement>(`mark[data-search-hit="find-${find.current}"]`)?.scrollIntoView({ block: 'center' });
  }, [find, drawnAll]);

  // Re-drawing marks replaces the text nodes under the selection: put the selection back once the
  // new passage is drawn.
  useLayoutEffect(() => {
    if (keepSelection && bodyRef.current && highlights.some((h) => h.id === keepSelection.passageId)) {
      // Only if the user is still here: never pull the selection (and the keys) out of a field they
      // moved to meanwhile, such as the search palette.
      const active = document.activeElement;
      if (active && active !== document.body && !bodyRef.current.contains(active)) {
        setKeepSelection(null);
        return;
      }
      // The caret goes to the passage's end: the new highlight shows, unhidden by the selection,
      // and the keyboard goes on from there.
      selectOffsets(bodyRef.current, keepSelection.end, keepSelection.end);
      setKeepSelection(null);
    }
  }, [highlights, keepSelection]);

  // Bring a requested passage (or the first revealed span) into view and flash it.
  const revealedNonce = useRef(0);
  useEffect(() => {
    if (!reveal || !bodyRef.current || revealedNonce.current === reveal.nonce) return;
    const selector = reveal.passageId
      ? `mark[data-passage-id="${CSS.escape(reveal.passageId)}"]`
      : reveal.kind === 'search'
        ? 'mark[data-search-hit="search-0"]'
        : 'mark[data-mention-id="mention-0"]';
    const marks = bodyRef.current.querySelectorAll<HTMLElement>(selector);
    if (marks.length === 0) return;
    revealedNonce.current = reveal.nonce;
    marks[0]!.scrollIntoView({ block: 'center' });
    marks.forEach((m) => m.classList.add('flash'));
    // Not cleared on re-render: the flash must end even if the marks are redrawn meanwhile.
    setTimeout(() => marks.forEach((m) => m.classList.remove('flash')), 1600);
  }, [reveal, highlights, drawnAll]);

  const run = useCallback(
    async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        reportError(t('errors.couldNotSavePassage', { message: error instanceof Error ? error.message : String(error) }));
      }
    },
    [reportError],
  );

  const actions = useMemo<SelectionAction>(() => {
    const make = async (tags: string[] = []) => {
      const range = frozen ?? readReaderRange(bodyRef.current, data?.text) ?? selection;
      if (!range || !sourceId) throw new Error('Select some text first.');
      const passage = await createPassage(db, sourceId, range.start, range.end, { tags });
      if (tags.length > 0 && tags.some((t) => !passage.tags.includes(t))) await setPassageTags(db, passage.id, [...passage.tags, ...tags]);
      selectPassage(passage.id);
      setFrozen(null);
      setKeepSelection({ start: range.start, end: range.end, passageId: passage.id });
      return passage;
    };
    return {
      highlight: () => void run(async () => void (await make())),
      tag: (name) => void run(async () => void (await make([name]))),
      comment: () => {
        // Letters typed while the passage is made are the comment's, not the reader's shortcuts.
        const hold = holdTypeAhead('passage-comment');
        void run(async () => {
          try {
            requestComment((await make()).id);
          } finally {
            releaseAfterDraw(hold);
          }
        });
      },
      quote: () => void run(async () => insert({ kind: 'quote', passageId: (await make()).id })),
      newEvent: () => {
        // Letters typed while the event is made are its title's, not the reader's shortcuts.
        const hold = holdTypeAhead('event-title');
        void run(async () => {
          try {
            const passage = await make();
            const event = await createEvent(db, { title: eventTitleFrom(passage.selector.exact), passageId: passage.id });
            openEvent(event.id, { focus: true });
          } finally {
            releaseAfterDraw(hold);
          }
        });
      },
      addToEvent: () => {
        const range = frozen ?? readReaderRange(bodyRef.current, data?.text) ?? selection;
        if (!range || !sourceId) return;
        const { start, end } = range;
        setAddingToEvent(() => () => createPassage(db, sourceId, start, end));
      },
      cite: () => void run(async () => insert({ kind: 'cite', passageId: (await make()).id })),
      copyWithCitation: () => {
        const range = frozen ?? readReaderRange(bodyRef.current, data?.text) ?? selection;
        if (!range || !data) return;
        copyWithCitation(data.source, data.text, range.start, range.end, data.version?.pageStarts).then(
          () => notify(t('notices.copiedWithCitation')),
          (error: unknown) => reportError(t('errors.couldNotCopy', { message: error instanceof Error ? error.message : String(error) })),
        );
      },
    };
  }, [selection, frozen, sourceId, selectPassage, run, requestComment, insert, openEvent, data, notify, reportError]);

  // T holds the selection on screen at the key press, which the state may not have caught up with
  // (or not heard of at all, the toolbar not drawn yet).
  const startTagging = (active: boolean) => setFrozen(active ? (readReaderSelection(bodyRef.current, scrollRef.current, data?.text) ?? selection) : null);
  useSelectionKeys(actions, () => readReaderRange(bodyRef.current, data?.text) !== null, tagging, () => startTagging(true));

  const onBodyClick = (event: React.MouseEvent) => {
    if (!window.getSelection()?.isCollapsed) return;
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-passage-id]');
    selectPassage(mark?.dataset['passageId'] ?? null);
  };

  if (!sourceId || data === null) {
    return (
      <main className="reader reader-empty" aria-label={t('readerPane.reader')}>
        <p>{t('readerPane.selectASourceInTheLibrary')}</p>
      </main>
    );
  }
  if (!data) return <main className="reader" aria-label={t('readerPane.reader')} aria-busy="true" />;
  const { source, text } = data;
  return (
    <main className="reader" aria-label={t('readerPane.reader')} ref={scrollRef}>
        <header className="reader-header">
          {editingSource ? <SourceHeaderEditor source={source} text={text} onDone={() => setEditingSource(false)} /> : null}
          <h1 className="reader-title">{source.title}</h1>
          <p className="reader-meta">
            <span>{formatPartialDate(source.date)}</span> · <span className="file-name">{source.fileName}</span> ·{' '}
            <span>{formatByteSize(source.byteSize)}</span> · <span>{t('readerPane.language', { language: source.language })}</span> ·{' '}
            <SourceFormatNote version={data.version} /> ·{' '}
            <button type="button" className="link-button inline" onClick={() => setEditingSource(true)}>
              {t('readerPane.editTitleAndDate')}
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button inline" aria-expanded={showingVersions} onClick={() => setShowingVersions((v) => !v)}>
              {t('readerPane.versions')}
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button inline" aria-pressed={reflow} onClick={toggleReflow} title={t('readerPane.showHardWrappedLinesAsParagraphs')}>
              {t('readerPane.reflow')}
            </button>{' '}
            ·{' '}
            <button type="button" className="link-button inline" onClick={() => setDeletingSource(true)}>
              {t('readerPane.moveToTrash')}
            </button>
          </p>
          {deletingSource ? <DeleteSourceDialog source={source} onClose={() => setDeletingSource(false)} /> : null}
          <SourceCitationLine source={source} />
          <SourceDateOffer source={source} text={text} />
          {showingVersions ? (
            <LazyPart>
              <SourceVersions source={source} passages={data.passages} />
            </LazyPart>
          ) : null}
          <Backlinks passageIds={data.passages.map((p) => p.id)} label={t('readerPane.notesCitingThisSource')} />
        </header>
        {finding ? (
          <FindBar
            text={text}
            seed={findSeed}
            onChange={setFind}
            onClose={() => {
              setFinding(false);
              setFind(null);
              setFindSeed(null);
            }}
          />
        ) : null}
        <article
          className="reader-body"
          aria-label={t('readerPane.textOf', { title: source.title })}
          lang={source.language === 'und' ? undefined : source.language}
          ref={bodyRef}
          onClick={onBodyClick}
          tabIndex={0}
          aria-keyshortcuts="Shift+ArrowLeft Shift+ArrowRight Shift+ArrowUp Shift+ArrowDown Control+Shift+ArrowLeft Control+Shift+ArrowRight"
          onKeyDown={caret.onKeyDown}
          onFocus={caret.onFocus}
          onBlur={caret.onBlur}
          onCopy={(event) => {
            // Copy the stored text, whatever the display (reflowed lines, hidden hyphenations).
            const range = bodyRef.current ? selectionToOffsets(bodyRef.current, window.getSelection()) : null;
            if (!range) return;
            event.clipboardData.setData('text/plain', text.slice(range.start, range.end));
            event.preventDefault();
          }}
        >
          <ReaderText text={text} highlights={highlights} reflow={reflow} format={data.version?.format} pageStarts={data.version?.pageStarts} onDrawn={onDrawn} />
        </article>
        {caret.caret ? <span className="reader-caret" aria-hidden="true" style={{ top: caret.caret.top, left: caret.caret.left, height: caret.caret.height }} /> : null}
        {selection ? (
          <SelectionToolbar
            position={selection.position}
            actions={actions}
            tagNames={[...data.tags.keys()]}
            tagging={tagging}
            onTagging={startTagging}
          />
        ) : null}
        {addingToEvent ? (
          <AddToEventDialog
            passage={addingToEvent}
            onClose={(eventId, eventTitle) => {
              setAddingToEvent(null);
              if (eventId) setAddedTo({ id: eventId, title: eventTitle ?? '' });
            }}
          />
        ) : null}
        {addedTo ? (
          <p className="reader-notice" role="status" aria-label={t('readerPane.addedToEvent')}>
            {t('readerPane.addedTo', { title: addedTo.title })}{' '}<button type="button" className="link-button inline" onClick={() => openEvent(addedTo.id)}>
              {t('readerPane.showEvent')}
            </button>{' '}
            <button type="button" className="link-button inline" aria-label={t('readerPane.dismissNotice')} onClick={() => setAddedTo(null)}>
              ×
            </button>
          </p>
        ) : null}
    </main>
  );
}
