import { test as base, expect } from '@playwright/test';
import { launchApp, type AppHandle, type LaunchOptions } from './app';

/**
 * Every test gets its own app: fresh seeds copy, data folder, browser profile and port.
 * `test.use({ seedFiles: { name: content } })` gives the test a seeds folder of its own instead.
 */
export const test = base.extend<{ app: AppHandle; seedFiles: LaunchOptions['seedFiles']; systemLocale: string }>({
  seedFiles: [undefined, { option: true }],
  // The browser's language: `test.use({ systemLocale: 'fr-FR' })` starts the app on a French system.
  systemLocale: ['en-US', { option: true }],
  app: async ({ seedFiles, systemLocale }, use) => {
    const app = await launchApp({ seedFiles, locale: systemLocale });
    await use(app);
    await app.close();
  },
});

export { expect };
