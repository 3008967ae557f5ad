import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Panel, PanelGroup, PanelResizeHandle, disableGlobalCursorStyles, type ImperativePanelHandle } from 'react-resizable-panels';
import { useTranslation } from 'react-i18next';

// The library's global cursor styles are written into a <style> element, which the page's CSP
// (no inline style) refuses; the resize cursor is set in layout.css instead.
disableGlobalCursorStyles();

export type PaneId = 'left' | 'centre' | 'side';


interface Props {
  /** The start of the top toolbar (app name, import, views); the pane toggles follow it. */
  toolbar: ReactNode;
  library: ReactNode;
  notes: ReactNode;
  centre: ReactNode;
  side: ReactNode;
  /** The name of what the middle pane shows (the current view). */
  centreTitle: string;
}

/** A pane's title bar: double-click the title, or press its button, to maximize or restore the pane. */
function PaneBar({ pane, title, maximized, onToggle, children }: { pane: PaneId; title: string; maximized: boolean; onToggle: (pane: PaneId) => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="pane-bar">
      <span className="pane-bar-title" onDoubleClick={() => onToggle(pane)} title={t('paneLayout.doubleClickToMaximizeOrRestore')}>
        {title}
      </span>
      {children}
      <button type="button" className="pane-bar-button" aria-pressed={maximized} aria-keyshortcuts="Control+Shift+M" onClick={() => onToggle(pane)}>
        {maximized ? t(`paneLayout.restore.${pane}`) : t(`paneLayout.maximize.${pane}`)}
      </button>
    </div>
  );
}

function paneOf(element: Element | null): PaneId | null {
  const pane = element?.closest<HTMLElement>('[data-pane]')?.dataset['pane'];
  return pane === 'left' || pane === 'centre' || pane === 'side' ? pane : null;
}

/**
 * Three resizable, collapsible panes: library and notes · the current view · passages and note.
 * Sizes are remembered (localStorage, by the library's `autoSaveId`); a maximized pane hides the
 * other two without unmounting them, so the note editor keeps its state and undo history.
 */
export function PaneLayout({ toolbar, library, notes, centre, side, centreTitle }: Props) {
  const { t } = useTranslation();
  const [maximized, setMaximized] = useState<PaneId | null>(null);
  const [collapsed, setCollapsed] = useState<Record<'left' | 'side', boolean>>({ left: false, side: false });
  const leftRef = useRef<ImperativePanelHandle>(null);
  const sideRef = useRef<ImperativePanelHandle>(null);
  const toggleMaximized = useCallback((pane: PaneId) => setMaximized((current) => (current === pane ? null : pane)), []);

  const toggleCollapsed = (pane: 'left' | 'side') => {
    const panel = (pane === 'left' ? leftRef : sideRef).current;
    if (!panel) return;
    setMaximized(null);
    if (panel.isCollapsed()) panel.expand();
    else panel.collapse();
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Ctrl/Cmd+Shift+M: maximize (or restore) the pane that holds the focus, the middle one by default.
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.code === 'KeyM') {
        event.preventDefault();
        toggleMaximized(paneOf(document.activeElement) ?? 'centre');
      }
      // F6 / Shift+F6: move the focus to the next / previous visible pane, as in most desktop apps.
      if (event.key === 'F6' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const panes = [...document.querySelectorAll<HTMLElement>('[data-pane]')].filter((p) => p.offsetWidth > 0);
        if (panes.length === 0) return;
        event.preventDefault();
        const current = panes.findIndex((p) => p.contains(document.activeElement));
        const next = panes[(current + (event.shiftKey ? panes.length - 1 : 1)) % panes.length]!;
        next.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggleMaximized]);

  const isMax = (pane: PaneId) => maximized === pane;
  return (
    <>
      <header className="toolbar" role="toolbar" aria-label={t('paneLayout.notebook')}>
        {toolbar}
      <div className="pane-toggles" role="group" aria-label={t('paneLayout.panes')}>
        <button type="button" aria-label={t('paneLayout.libraryPane')} title={t('paneLayout.showOrHideTheLibraryPane')} aria-pressed={!collapsed.left} onClick={() => toggleCollapsed('left')}>
          ◧
        </button>
        <button type="button" aria-label={t('paneLayout.sidePane')} title={t('paneLayout.showOrHideTheSidePane')} aria-pressed={!collapsed.side} onClick={() => toggleCollapsed('side')}>
          ◨
        </button>
      </div>
      </header>
      <PanelGroup direction="horizontal" autoSaveId="verbatim.panes" className="panes" data-maximized={maximized ?? undefined}>
        <Panel
          id="left"
          order={1}
          ref={leftRef}
          collapsible
          collapsedSize={0}
          minSize={14}
          defaultSize={22}
          onCollapse={() => setCollapsed((c) => ({ ...c, left: true }))}
          onExpand={() => setCollapsed((c) => ({ ...c, left: false }))}
          className={collapsed.left ? 'pane pane-left pane-collapsed' : 'pane pane-left'}
          data-pane="left"
          tabIndex={-1}
        >
          <PaneBar pane="left" title={t('paneLayout.library')} maximized={isMax('left')} onToggle={toggleMaximized} />
          <PanelGroup direction="vertical" autoSaveId="verbatim.left" className="left-column">
            <Panel id="library" order={1} minSize={20} defaultSize={68} className="left-part">
              {library}
            </Panel>
            <PanelResizeHandle className="resize-handle resize-handle-row" aria-label={t('paneLayout.resizeSourcesAndNotes')} />
            <Panel id="notes" order={2} minSize={15} defaultSize={32} className="left-part">
              {notes}
            </Panel>
          </PanelGroup>
        </Panel>
        <PanelResizeHandle className="resize-handle" aria-label={t('paneLayout.resizeLibrary')} />
        <Panel id="centre" order={2} minSize={30} defaultSize={48} className="pane pane-centre" data-pane="centre" tabIndex={-1}>
          <PaneBar pane="centre" title={centreTitle} maximized={isMax('centre')} onToggle={toggleMaximized} />
          <div className="pane-body">{centre}</div>
        </Panel>
        <PanelResizeHandle className="resize-handle" aria-label={t('paneLayout.resizeSidePanel')} />
        <Panel
          id="side"
          order={3}
          ref={sideRef}
          collapsible
          collapsedSize={0}
          minSize={18}
          defaultSize={30}
          onCollapse={() => setCollapsed((c) => ({ ...c, side: true }))}
          onExpand={() => setCollapsed((c) => ({ ...c, side: false }))}
          className={collapsed.side ? 'pane pane-side pane-collapsed' : 'pane pane-side'}
          data-pane="side"
          tabIndex={-1}
        >
          <PaneBar pane="side" title={t('paneLayout.passagesAndNote')} maximized={isMax('side')} onToggle={toggleMaximized} />
          <div className="pane-body">{side}</div>
        </Panel>
      </PanelGroup>
    </>
  );
}
