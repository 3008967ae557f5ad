import { clipboard } from 'electron';
import type { ClipboardService } from '../services/clipboardSource';

/**
 * The system clipboard through Electron (45's asynchronous, W3C-like API), read in main only when
 * the user asks for a source from it: the plain text, and the HTML when a copy put some there.
 */
export function createElectronClipboard(): ClipboardService {
  return {
    async read() {
      const text = await clipboard.readText();
      let html = '';
      for (const item of await clipboard.read()) {
        if (!item.types.includes('text/html')) continue;
        html = await (await item.getType('text/html')).text();
        break;
      }
      return { text, html };
    },
  };
}
