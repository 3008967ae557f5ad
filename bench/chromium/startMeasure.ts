import type { CDPSession, Page } from '@playwright/test';
import { LONG_TASKS, type AppProfile } from './appProfile';
import { waitForLibrary } from './importMeasure';

// Installed before the app's scripts at every navigation: when the library first lists a source,
// and when the import button is enabled (the start-up check of the seeds is over), both at the
// next frame, in ms since navigation start.
const START_PROBE = `
  ${LONG_TASKS}
  window.__start = { library: null, ready: null };
  (function () {
    function check() {
      if (window.__start.library === null && document.querySelector('[role="listbox"][aria-label="Sources"] [role="option"]')) {
        window.__start.library = -1;
        requestAnimationFrame(function () { window.__start.library = performance.now(); });
      }
      if (window.__start.ready === null) {
        var buttons = document.querySelectorAll('button');
        for (var i = 0; i < buttons.length; i++) {
          if (buttons[i].textContent === 'Import sources…' && !buttons[i].disabled) {
            window.__start.ready = -1;
            requestAnimationFrame(function () { window.__start.ready = performance.now(); });
            break;
          }
        }
      }
    }
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  })();
`;

export interface StartFigures {
  /** Navigation start to the first source of the library painted. */
  readonly libraryMs: number;
  /** Navigation start to the import button enabled (start-up work done). */
  readonly readyMs: number;
  readonly longestTaskMs: number;
}

async function readStart(page: Page): Promise<StartFigures> {
  await waitForLibrary(page);
  await page.waitForFunction('window.__start.library > 0 && window.__start.ready > 0', undefined, { timeout: 600_000 });
  const s = (await page.evaluate('({ library: window.__start.library, ready: window.__start.ready, longest: Math.max(0, ...window.__longTasks) })')) as { library: number; ready: number; longest: number };
  return { libraryMs: Math.round(s.library), readyMs: Math.round(s.ready), longestTaskMs: Math.round(s.longest) };
}

/** A cold start: a new browser process on the profile (caches of the page and of V8 gone). */
export async function coldStart(app: AppProfile): Promise<StartFigures> {
  await app.closeBrowser();
  const page = await app.launch();
  await page.context().addInitScript(START_PROBE);
  await page.goto(app.url());
  return readStart(page);
}

/** A warm start: the same browser reloads the window. */
export async function warmStart(app: AppProfile): Promise<StartFigures> {
  const page = app.page!;
  await page.context().addInitScript(START_PROBE);
  await page.reload();
  return readStart(page);
}

/** A cold start run inside `wrap` (a profiler started on the new page before it navigates). */
export async function profiledColdStart<T>(app: AppProfile, wrap: (cdp: CDPSession, during: () => Promise<StartFigures>) => Promise<T>): Promise<T> {
  await app.closeBrowser();
  const page = await app.launch();
  await page.context().addInitScript(START_PROBE);
  return wrap(app.cdp!, async () => {
    await page.goto(app.url());
    return readStart(page);
  });
}
