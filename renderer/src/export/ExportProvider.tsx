import { createContext, useContext, type ReactNode } from 'react';
import { useUndo } from '../app/undo';
import { useExport, type ExportActions } from './useExport';

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
