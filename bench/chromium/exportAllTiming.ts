import type { Page } from '@playwright/test';

/**
 * Clicks Export all notes… and returns the ms from the click to the frame after the notice for
 * `notes` notes in `folder` shows, timed in the page. A Playwright locator polling meanwhile would run
 * its role queries over the whole page on the same thread (a third of a profile of the export) and
 * slow the export it measures; Node asks for the figure four times a second instead.
 */
export async function timeExportAll(page: Page, notes: number, folder: string): Promise<number> {
  // A string, not a function: tsx would wrap the function's inner functions in a helper the page lacks.
  await page.evaluate(`(() => {
    const expected = ${JSON.stringify(`Exported ${notes} notes to`)};
    const folder = ${JSON.stringify(folder)};
    const timing = (window.exportTiming = { start: NaN, end: null });
    const button = [...document.querySelectorAll('button')].find((b) => (b.textContent || '').trim().startsWith('Export all notes'));
    button.addEventListener('click', () => { timing.start = performance.now(); }, { capture: true, once: true });
    const notice = () => [...document.querySelectorAll('.toast[role="status"]')].map((t) => t.textContent || '').find((t) => t.includes(expected)) || '';
    const observer = new MutationObserver(() => {
      const text = notice();
      if (timing.end !== null || !text || (folder === 'folder' ? /folder \\(/.test(text) : !text.includes(folder))) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => { timing.end = performance.now(); }, 0));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  })()`);
  await page.getByRole('button', { name: 'Export all notes…' }).click({ timeout: 10 * 60_000 });
  // The page's CSP refuses waitForFunction's eval: one cheap read at a time.
  for (const started = Date.now(); Date.now() - started < 10 * 60_000; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const ms = (await page.evaluate('window.exportTiming.end === null ? null : window.exportTiming.end - window.exportTiming.start')) as number | null;
    if (ms !== null) return Math.round(ms);
  }
  throw new Error('the export did not finish in 10 minutes');
}
