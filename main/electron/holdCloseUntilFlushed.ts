import type { BrowserWindow } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from '@common/ipc/contract';

/** How long a closing window waits for its page to store the note text not yet saved. */
export const CLOSE_FLUSH_TIMEOUT_MS = 2000;

/**
 * Holds a window's close until the page has saved what the user typed: the first close is
 * cancelled and the page is asked to flush; the page then closes the window itself (window.close()),
 * which goes through. If the page does not answer in time (hung, crashed), the window closes anyway:
 * the draft journal still holds the text for the next start.
 */
export function holdCloseUntilFlushed(win: BrowserWindow, timeoutMs = CLOSE_FLUSH_TIMEOUT_MS): void {
  let asked = false;
  win.on('close', (event) => {
    if (asked) return; // the page's own close, or a second request while waiting: let it go
    asked = true;
    event.preventDefault();
    win.webContents.send(MENU_CHANNEL, 'flush-before-close' satisfies MenuCommand);
    setTimeout(() => {
      if (!win.isDestroyed()) win.close();
    }, timeoutMs);
  });
}
