import { test, expect } from './support/fixtures';
import { LibraryPage } from './support/library';

interface Violation {
  directive: string;
  blocked: string;
}

test('the Content-Security-Policy blocks an injected inline script and a remote image', async ({ app }) => {
  const page = app.page;
  await expect(new LibraryPage(page).sources).toHaveCount(5);
  await page.evaluate(() => {
    const seen: Violation[] = [];
    (window as unknown as { __violations: Violation[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.alt = 'remote';
    img.src = 'https://example.com/tracker.png';
    document.body.append(img);
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations))
    .toEqual(expect.arrayContaining([{ directive: 'script-src-elem', blocked: 'inline' }, { directive: 'img-src', blocked: 'https://example.com/tracker.png' }]));
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test.describe('source text that looks like HTML', () => {
  test.use({
    seedFiles: {
      'balises.txt': 'Balises <b>gras</b> & <i>co</i>\n\n<img src=x onerror="window.__pwned=1"> puis <script>window.__pwned=2</script> fin\n',
    },
  });

  test('is shown as text, in the library and the reader, and never runs', async ({ app }) => {
    const page = app.page;
    const library = new LibraryPage(page);
    await expect(library.source('Balises <b>gras</b> & <i>co</i>')).toBeVisible();
    await library.open('Balises <b>gras</b> & <i>co</i>');
    await expect.poll(() => library.readerParagraphs()).toEqual(['Balises <b>gras</b> & <i>co</i>', '<img src=x onerror="window.__pwned=1"> puis <script>window.__pwned=2</script> fin']);
    await expect(library.reader.locator('.reader-text img, .reader-text script, .reader-text b, .reader-text i')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
