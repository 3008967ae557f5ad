import { isTrustedUrl } from './trustedUrl';

/** What main knows about the frame an IPC message came from. */
export interface SenderFacts {
  /** `event.sender.id`: the WebContents that sent the message. */
  readonly webContentsId: number;
  /** True when `event.senderFrame` is that WebContents' main frame (not an iframe). */
  readonly isMainFrame: boolean;
  /** `event.senderFrame.url`; empty when the frame is gone. */
  readonly url: string;
}

/**
 * An IPC call is served only when it comes from the main frame of one of our own windows, showing our
 * own page. The app has no iframes; a frame that navigated elsewhere, or any other WebContents, is
 * refused (Electron security checklist, "validate the sender of all IPC messages").
 */
export function senderRefusal(sender: SenderFacts, ownWebContentsIds: ReadonlySet<number>, appOrigin: string): string | null {
  if (!ownWebContentsIds.has(sender.webContentsId)) return 'call from a window that is not the app’s';
  if (!sender.isMainFrame) return 'call from a sub-frame';
  if (!isTrustedUrl(sender.url, appOrigin)) return 'call from an untrusted page';
  return null;
}
