import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import { splitParagraphs, type MarkedRange, type Segment, type TextSpan } from '@common/text/paragraphs';
import { segmentParagraphs } from '@common/text/segmentParagraphs';
import { reflowPieces } from '@common/text/reflow';
import { markdownBlockKind } from '@common/text/markdownBlocks';
import { asCodePointOffset, toStrIndex } from '@common/text/codePoints';
import type { SourceFormat } from '@common/source/sourceFormat';

export interface ReaderHighlight extends MarkedRange {
  /** Extra attributes drawn on the element, e.g. a colour class or a flash. */
  readonly className?: string;
  readonly kind: 'passage' | 'search' | 'mention';
  /** Background colour (a tag's colour). */
  readonly color?: string | undefined;
}

interface Props {
  text: string;
  highlights: readonly ReaderHighlight[];
  /** Hard-wrapped lines shown as paragraphs, hyphenations joined: display only, offsets unchanged. */
  reflow?: boolean;
  /** Markdown paragraphs get a light style (headings, quotes, lists); the characters stay as stored. */
  format?: SourceFormat | undefined;
  /** A PDF's page starts (code points): the paragraph where a page begins says so in the margin. */
  pageStarts?: readonly number[] | undefined;
  /** Called once every paragraph is in the page (long texts are drawn a slice at a time). */
  onDrawn?: (() => void) | undefined;
}

/**
 * A long text is drawn a slice at a time: first what fills a screen or two, then the rest a slice a
 * task, so the reader paints at once and no task blocks the window for the whole text. Every
 * paragraph ends up in the page (find, selection offsets and the caret read the DOM).
 */
const FIRST_CHARS = 12_000;
const SLICE_CHARS = 16_000;

/** How many paragraphs, from `from`, hold about `chars` characters (at least one). */
function paragraphsFor(paragraphs: readonly TextSpan[], from: number, chars: number): number {
  let to = from;
  const until = (paragraphs[from]?.start ?? 0) + chars;
  while (to < paragraphs.length && (to === from || paragraphs[to]!.start < until)) to++;
  return to;
}

function markdownClass(paragraph: string): string | undefined {
  const kind = markdownBlockKind(paragraph);
  return kind ? `md-${kind}` : undefined;
}

/** Page number by the string index where it begins (page 1 is not marked: the text starts there). */
function pageMarks(text: string, pageStarts: readonly number[] | undefined): Map<number, number> {
  const marks = new Map<number, number>();
  if (!pageStarts) return marks;
  for (const [i, start] of pageStarts.entries()) {
    if (i === 0) continue;
    try {
      marks.set(toStrIndex(text, asCodePointOffset(start)), i + 1);
    } catch {
      // A start past the text (a version whose pages do not match it): no mark rather than a wrong one.
    }
  }
  return marks;
}

function wrap(segment: Segment, text: string, byId: ReadonlyMap<string, ReaderHighlight>, reflow: boolean): ReactNode {
  // The innermost element carries the segment's offset: a DOM point inside it maps back to the text.
  // Reflowed, a hyphenation gets a hidden span of its own, with its own offsets.
  let node: ReactNode = reflow ? (
    reflowPieces(text, segment.start, segment.end).map((piece) => (
      <span key={piece.start} data-start={piece.start} data-end={piece.end} className={piece.hidden ? 'reflow-hidden' : undefined}>
        {text.slice(piece.start, piece.end)}
      </span>
    ))
  ) : (
    <span data-start={segment.start} data-end={segment.end}>
      {text.slice(segment.start, segment.end)}
    </span>
  );
  for (let i = segment.ids.length - 1; i >= 0; i--) {
    const h = byId.get(segment.ids[i]!);
    if (!h) continue;
    const attributes =
      h.kind === 'passage' ? { 'data-passage-id': h.id } : h.kind === 'search' ? { 'data-search-hit': h.id } : { 'data-mention-id': h.id };
    node = (
      <mark className={`${h.kind}-mark ${h.className ?? ''}`.trim()} style={h.color ? { backgroundColor: h.color } : undefined} {...attributes}>
        {node}
      </mark>
    );
  }
  return node;
}

/** What a paragraph draws: its segments and each segment's marks; equal strings draw the same. */
function signatureOf(segments: readonly Segment[], byId: ReadonlyMap<string, ReaderHighlight>): string {
  let signature = '';
  for (const segment of segments) {
    signature += `${segment.start}-${segment.end}`;
    for (const id of segment.ids) {
      const h = byId.get(id);
      signature += h ? `|${h.id} ${h.kind} ${h.className ?? ''} ${h.color ?? ''}` : '';
    }
    signature += ';';
  }
  return signature;
}

interface ParagraphProps {
  text: string;
  span: TextSpan;
  segments: readonly Segment[];
  byId: ReadonlyMap<string, ReaderHighlight>;
  signature: string;
  reflow: boolean;
  className: string | undefined;
  page: number | undefined;
}

/**
 * One paragraph, drawn again only when what it shows changes: selecting a passage or adding one
 * redraws the paragraphs it touches, not the 1,000 others.
 */
const Paragraph = memo(
  function Paragraph({ text, span, segments, byId, reflow, className, page }: ParagraphProps) {
    return (
      <p data-start={span.start} data-end={span.end} className={className} data-page={page}>
        {segments.map((segment) => (
          <span key={segment.start} className="segment">
            {wrap(segment, text, byId, reflow)}
          </span>
        ))}
      </p>
    );
  },
  (a, b) => a.signature === b.signature && a.text === b.text && a.span === b.span && a.reflow === b.reflow && a.className === b.className && a.page === b.page,
);

/**
 * The stored text, drawn as paragraphs with `white-space: pre-wrap`: every character is shown as
 * stored (text nodes, never HTML), and blank-line runs between paragraphs are not drawn.
 */
export const ReaderText = memo(function ReaderText({ text, highlights, reflow = false, format, pageStarts, onDrawn }: Props) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const segments = useMemo(() => segmentParagraphs(paragraphs, highlights), [paragraphs, highlights]);
  const pages = useMemo(() => pageMarks(text, pageStarts), [text, pageStarts]);
  const classes = useMemo(() => paragraphs.map((p) => (format === 'markdown' ? markdownClass(text.slice(p.start, p.end)) : undefined)), [paragraphs, text, format]);
  // How many paragraphs are drawn, for these paragraphs (a new text starts again from the top).
  const [drawn, setDrawn] = useState({ paragraphs, count: paragraphsFor(paragraphs, 0, FIRST_CHARS) });
  const count = drawn.paragraphs === paragraphs ? drawn.count : paragraphsFor(paragraphs, 0, FIRST_CHARS);
  useEffect(() => {
    if (count >= paragraphs.length) {
      onDrawn?.();
      return;
    }
    const timer = setTimeout(() => setDrawn({ paragraphs, count: paragraphsFor(paragraphs, count, SLICE_CHARS) }), 0);
    return () => clearTimeout(timer);
  }, [paragraphs, count, onDrawn]);
  return (
    <div className={reflow ? 'reader-text reflowed' : 'reader-text'}>
      {paragraphs.slice(0, count).map((p, i) => (
        <Paragraph key={p.start} text={text} span={p} segments={segments[i]!} byId={byId} signature={signatureOf(segments[i]!, byId)} reflow={reflow} className={classes[i]} page={pages.get(p.start)} />
      ))}
    </div>
  );
});
