import { createContext, useContext, type ReactNode } from 'react';
import { useUndo } from '../app/undo';
import { useExport } from './useExport';
import type { ExportOptions } from './noteMarkdown';

interface ExportActions {
  exportNote(): Promise<void>;
  exportAll(): Promise<void>;
  /** All notes into a folder, with the bibliography for pandoc and/or the cited sources' text. */
  exportFolder(options: ExportOptions): Promise<void>;
}

const ExportContext = createContext<ExportActions | null>(null);

/** One export service for the whole window, so its shortcut and menu commands are bound once. */
export function ExportProvider({ children }: { children: ReactNode }) {
  const { notify } = useUndo();
  const actions = useExport(notify);
  return <ExportContext.Provider value={actions}>{children}</ExportContext.Provider>;
}

export function useExportActions(): ExportActions {
  const value = useContext(ExportContext);
  if (!value) throw new Error('useExportActions outside ExportProvider');
  return value;
}
