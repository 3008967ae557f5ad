import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClipboardService } from '../main/services/clipboardSource';

/**
 * The clipboard without a system one, so end-to-end tests can paste: `<data>/clipboard.txt` is the
 * plain text and `<data>/clipboard.html` the HTML a copy would have put there (either may be absent).
 */
export function createHarnessClipboard(dataDir: string): ClipboardService {
  const read = (name: string) => {
    const path = join(dataDir, name);
    return existsSync(path) ? readFileSync(path, 'utf8') : '';
  };
  return {
    async read() {
      return { text: read('clipboard.txt'), html: read('clipboard.html') };
    },
  };
}
