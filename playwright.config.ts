import { defineConfig, chromium } from '@playwright/test';
import { findChromium } from './tools/browser/findChromium';

// End-to-end tests drive the built renderer in a system Chromium through the harness
// (tests/e2e/support/app.ts starts one harness per test, and a browser context of its own in the
// worker's Chromium; a test that kills the browser gets a browser and profile of its own).
// The browser is found once here and handed to the workers through CHROMIUM_PATH.
const browser = findChromium({ platform: process.platform, env: process.env, playwrightChromium: safely(() => chromium.executablePath()) });
if (!browser.ok) {
  console.error(browser.message);
  process.exit(1);
}
process.env['CHROMIUM_PATH'] = browser.path;

function safely(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/buildHarness.ts',
  // A time limit per test catches a hang, not slowness (speed is measured in bench/). Two CI runs at
  // once on 2 cores took a minute for a note, two source edits and a restart (citeLabels.spec.ts).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
