import { test as base, expect } from '@playwright/test';
import { launchApp, type AppHandle, type LaunchOptions } from './app';

/**
 * Every test gets its own app: fresh seeds copy, data folder, browser storage and port.
 * `test.use({ seedFiles: { name: content } })` gives the test a seeds folder of its own instead.
 */
export const test = base.extend<{ app: AppHandle; seedFiles: LaunchOptions['seedFiles']; systemLocale: string; ownBrowser: boolean }>({
  seedFiles: [undefined, { option: true }],
  // The browser's language: `test.use({ systemLocale: 'fr-FR' })` starts the app on a French system.
  systemLocale: ['en-US', { option: true }],
  // `test.use({ ownBrowser: true })`: a browser of its own on a profile folder, for a test that kills it.
  ownBrowser: [false, { option: true }],
  app: async ({ seedFiles, systemLocale, ownBrowser }, use) => {
    const app = await launchApp({ seedFiles, locale: systemLocale, ownBrowser });
    await use(app);
    await app.close();
  },
});

export { expect };
