import { test as base, expect } from '@playwright/test';
import { launchApp, type AppHandle } from './app';

/** Every test gets its own app: fresh seeds copy, data folder, browser profile and port. */
export const test = base.extend<{ app: AppHandle }>({
  app: async ({}, use) => {
    const app = await launchApp();
    await use(app);
    await app.close();
  },
});

export { expect };
