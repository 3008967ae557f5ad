import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built renderer in Debian's Chromium through the harness
// (tests/e2e/support/app.ts starts one harness and one browser profile per test).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});
