import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ReaderSelection } from './useReaderSelection';

interface ReaderState {
  /** The reader's current (snapped) selection, shared with the passage panel for "Move ends". */
  selection: ReaderSelection | null;
  setSelection(selection: ReaderSelection | null): void;
  /** Bumped by the toolbar's Comment action: the passage panel focuses the comment field. */
  commentRequest: number;
  requestComment(): void;
}

const ReaderStateContext = createContext<ReaderState | null>(null);

export function ReaderStateProvider({ children }: { children: ReactNode }) {
  const [selection, setSelection] = useState<ReaderSelection | null>(null);
  const [commentRequest, setCommentRequest] = useState(0);
  const value = useMemo(() => ({ selection, setSelection, commentRequest, requestComment: () => setCommentRequest(Date.now()) }), [selection, commentRequest]);
  return <ReaderStateContext.Provider value={value}>{children}</ReaderStateContext.Provider>;
}

export function useReaderState(): ReaderState {
  const state = useContext(ReaderStateContext);
  if (!state) throw new Error('useReaderState outside ReaderStateProvider');
  return state;
}
