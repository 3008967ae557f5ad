import { memo, useMemo, type ReactNode } from 'react';
import { segmentSpan, splitParagraphs, type MarkedRange, type Segment } from '@common/text/paragraphs';
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

/**
 * The stored text, drawn as paragraphs with `white-space: pre-wrap`: every character is shown as
 * stored (text nodes, never HTML), and blank-line runs between paragraphs are not drawn.
 */
export const ReaderText = memo(function ReaderText({ text, highlights, reflow = false, format, pageStarts }: Props) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  const pages = useMemo(() => pageMarks(text, pageStarts), [text, pageStarts]);
  return (
    <div className={reflow ? 'reader-text reflowed' : 'reader-text'}>
      {paragraphs.map((p) => (
        <p
          key={p.start}
          data-start={p.start}
          data-end={p.end}
          className={format === 'markdown' ? markdownClass(text.slice(p.start, p.end)) : undefined}
          data-page={pages.get(p.start)}
        >
          {segmentSpan(p, highlights).map((segment) => (
            <span key={segment.start} className="segment">
              {wrap(segment, text, byId, reflow)}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
});
