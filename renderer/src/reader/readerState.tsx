import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ReaderSelection } from './useReaderSelection';

interface ReaderState {
  /** The reader's current (snapped) selection, shared with the passage panel for "Move ends". */
  selection: ReaderSelection | null;
  setSelection(selection: ReaderSelection | null): void;
  /**
   * Set by the Comment action (C) for the passage it made: that passage's panel focuses its comment
   * field once, then calls `commentTaken`. (A count kept set would focus the comment of every passage
   * selected after, taking the focus from an event's title.)
   */
  commentRequest: { passageId: string } | null;
  requestComment(passageId: string): void;
  commentTaken(): void;
}

const ReaderStateContext = createContext<ReaderState | null>(null);

export function ReaderStateProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [commentRequest, setCommentRequest] = useState<{ passageId: string } | null>(null);
  const value = useMemo(
    () => ({ selection, setSelection, commentRequest, requestComment: (passageId: string) => setCommentRequest({ passageId }), commentTaken: () => setCommentRequest(null) }),
    [selection, commentRequest],
  );
  return <ReaderStateContext.Provider value={value}>{children}</ReaderStateContext.Provider>;
}

export function useReaderState(): ReaderState {
  const state = useContext(ReaderStateContext);
  if (!state) throw new Error('useReaderState outside ReaderStateProvider');
  return state;
}
