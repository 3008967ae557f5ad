import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type CentreView = 'reader' | 'passages' | 'review';

/** A request to bring a span of the open source into view and flash it. */
export interface RevealRequest {
  readonly passageId?: string;
  readonly range?: { start: number; end: number };
  readonly nonce: number;
}

interface Workspace {
  view: CentreView;
  sourceId: string | null;
  passageId: string | null;
  reveal: RevealRequest | null;
  setView(view: CentreView): void;
  openSource(sourceId: string): void;
  /** Opens the passage's source in the reader, selects the passage, scrolls to it and flashes it. */
  openPassage(passage: { id: string; sourceId: string }): void;
  selectPassage(passageId: string | null): void;
}

const WorkspaceContext = createContext<Workspace | null>(null);
const LAST_SOURCE_KEY = 'verbatim.lastSourceId';

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [view, setView] = useState<CentreView>('reader');
  const [sourceId, setSourceId] = useState<string | null>(() => localStorage.getItem(LAST_SOURCE_KEY));
  const [passageId, setPassageId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);

  const openSource = useCallback((id: string) => {
    setSourceId(id);
    setPassageId(null);
    setView('reader');
    localStorage.setItem(LAST_SOURCE_KEY, id);
  }, []);

  const openPassage = useCallback((passage: { id: string; sourceId: string }) => {
    setSourceId(passage.sourceId);
    localStorage.setItem(LAST_SOURCE_KEY, passage.sourceId);
    setPassageId(passage.id);
    setView('reader');
    setReveal({ passageId: passage.id, nonce: Date.now() });
  }, []);

  const value = useMemo<Workspace>(
    () => ({ view, sourceId, passageId, reveal, setView, openSource, openPassage, selectPassage: setPassageId }),
    [view, sourceId, passageId, reveal, openSource, openPassage],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
