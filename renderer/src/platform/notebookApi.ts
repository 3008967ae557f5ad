import type { NotebookBridge } from '@common/ipc/contract';

declare global {
  interface Window {
    readonly notebook?: NotebookBridge;
  }
}

/**
 * The only module that touches `window.notebook` (the preload in Electron, the bridge script in
 * the harness). Without one, every call fails with a message that says so instead of a TypeError.
 */
function missingBridge(): never {
  throw new Error('The Verbatim bridge is missing: open the app through Electron or the harness.');
}

export const notebook: NotebookBridge =
  window.notebook ??
  (new Proxy({}, { get: (_t, prop) => (prop === 'onMenuCommand' ? () => () => {} : missingBridge) }) as NotebookBridge);
