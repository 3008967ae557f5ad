import { memo, useMemo, type ReactNode } from 'react';
import { segmentSpan, splitParagraphs, type MarkedRange, type Segment } from '@common/text/paragraphs';
import { reflowPieces } from '@common/text/reflow';

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
export const ReaderText = memo(function ReaderText({ text, highlights, reflow = false }: Props) {
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const byId = useMemo(() => new Map(highlights.map((h) => [h.id, h])), [highlights]);
  return (
    <div className={reflow ? 'reader-text reflowed' : 'reader-text'}>
      {paragraphs.map((p) => (
        <p key={p.start} data-start={p.start} data-end={p.end}>
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
