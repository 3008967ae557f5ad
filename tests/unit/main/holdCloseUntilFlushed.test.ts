import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import { MENU_CHANNEL } from '@common/ipc/contract';
import { holdCloseUntilFlushed } from '../../../main/electron/holdCloseUntilFlushed';

/** A window as far as the hold sees it: close events that can be cancelled, and messages to the page. */
class FakeWindow extends EventEmitter {
  closed = false;
  destroyed = false;
  sent: unknown[][] = [];
  webContents = { send: (...args: unknown[]) => void this.sent.push(args) };
  isDestroyed = () => this.destroyed;
  /** Like BrowserWindow.close(): emits a cancellable `close`, closes unless a listener prevented it. */
  close() {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) this.closed = true;
  }
}

describe('holdCloseUntilFlushed', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds the first close and asks the page to flush', () => {
    const win = new FakeWindow();
    holdCloseUntilFlushed(win as unknown as BrowserWindow, 2000);
    win.close();
    expect(win.closed).toBe(false);
    expect(win.sent).toEqual([[MENU_CHANNEL, 'flush-before-close']]);
  });

  it('lets the page’s own close through once it has flushed', () => {
    const win = new FakeWindow();
    holdCloseUntilFlushed(win as unknown as BrowserWindow, 2000);
    win.close();
    win.close(); // the page's window.close()
    expect(win.closed).toBe(true);
    expect(win.sent).toHaveLength(1);
  });

  it('closes anyway when the page does not answer in time', () => {
    const win = new FakeWindow();
    holdCloseUntilFlushed(win as unknown as BrowserWindow, 2000);
    win.close();
    vi.advanceTimersByTime(1999);
    expect(win.closed).toBe(false);
    vi.advanceTimersByTime(1);
    expect(win.closed).toBe(true);
  });
});
