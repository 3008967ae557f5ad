import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isEditable } from './isEditable';

interface UndoEntry {
  readonly label: string;
  readonly undo: () => Promise<void>;
}

interface UndoApi {
  /** Offers an undo for an action just done; the newest replaces the older offer on screen. */
  push(label: string, undo: () => Promise<void>): void;
  /** Shows a failure that must not be swallowed. */
  reportError(message: string): void;
  /** Shows what just happened (an export's path, say). */
  notify(message: string): void;
}

const UndoContext = createContext<UndoApi | null>(null);

/** Undo for passage actions: a toast with an Undo button, and Ctrl/Cmd+Z outside text fields. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [stack, setStack] = useState<readonly UndoEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const notify = useCallback((message: string) => setNotice(message), []);

  const push = useCallback((label: string, undo: () => Promise<void>) => setStack((s) => [...s.slice(-19), { label, undo }]), []);
  const reportError = useCallback((message: string) => setError(message), []);

  const undoLast = useCallback(async () => {
    const entry = stack.at(-1);
    if (!entry) return;
    setStack((s) => s.slice(0, -1));
    try {
      await entry.undo();
    } catch (e) {
      setError(`Undo failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [stack]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isEditable(event.target) && stack.length > 0) {
        event.preventDefault();
        void undoLast();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stack, undoLast]);

  const api = useMemo(() => ({ push, reportError, notify }), [push, reportError, notify]);
  const last = stack.at(-1);
  return (
    <UndoContext.Provider value={api}>
      {children}
      <div className="toasts">
        {last ? (
          <div className="toast" role="status" aria-label={t('undo.lastAction')}>
            <span>{last.label}</span>
            <button type="button" onClick={() => void undoLast()}>
              {t('undo.undo')}
            </button>
            <button type="button" aria-label={t('undo.dismiss')} onClick={() => setStack([])}>
              ×
            </button>
          </div>
        ) : null}
        {notice ? (
          <div className="toast" role="status" aria-label={t('undo.notice')}>
            <span>{notice}</span>
            <button type="button" aria-label={t('undo.dismissNotice')} onClick={() => setNotice(null)}>
              ×
            </button>
          </div>
        ) : null}
        {error ? (
          <div className="toast toast-error" role="alert">
            <span>{error}</span>
            <button type="button" aria-label={t('undo.dismissError')} onClick={() => setError(null)}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </UndoContext.Provider>
  );
}

export function useUndo(): UndoApi {
  const api = useContext(UndoContext);
  if (!api) throw new Error('useUndo outside UndoProvider');
  return api;
}
