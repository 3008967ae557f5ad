import { test as base, expect } from '@playwright/test';
import { launchApp, type AppHandle, type LaunchOptions } from './app';

/**
 * Every test gets its own app: fresh seeds copy, data folder, browser profile and port.
 * `test.use({ seedFiles: { name: content } })` gives the test a seeds folder of its own instead.
 */
export const test = base.extend<{ app: AppHandle; seedFiles: LaunchOptions['seedFiles'] }>({
  seedFiles: [undefined, { option: true }],
  app: async ({ seedFiles }, use) => {
    const app = await launchApp({ seedFiles });
    await use(app);
    await app.close();
  },
});

export { expect };
