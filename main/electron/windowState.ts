import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, type BrowserWindow } from 'electron';

interface Bounds { x?: number; y?: number; width: number; height: number; maximized?: boolean }

const DEFAULT: Bounds = { width: 1280, height: 820 };

/** Last window bounds, ignored when they no longer fall on any display (a monitor was unplugged). */
export function loadWindowBounds(dataDir: string): Bounds {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as Bounds;
    if (typeof saved.width !== 'number' || typeof saved.height !== 'number') return DEFAULT;
    if (typeof saved.x === 'number' && typeof saved.y === 'number') {
      const visible = screen.getAllDisplays().some(({ workArea: a }) =>
        saved.x! < a.x + a.width && saved.x! + saved.width > a.x && saved.y! < a.y + a.height && saved.y! + saved.height > a.y);
      if (!visible) return { width: saved.width, height: saved.height };
    }
    return saved;
  } catch {
    return DEFAULT;
  }
}

export function rememberWindowBounds(win: BrowserWindow, dataDir: string): void {
  const save = () => {
    const bounds = win.getNormalBounds();
    try {
      writeFileSync(join(dataDir, 'window-state.json'), JSON.stringify({ ...bounds, maximized: win.isMaximized() }));
    } catch {
      // Losing the window position is harmless; never block closing over it.
    }
  };
  win.on('close', save);
}
