import { test as base, expect } from '@playwright/test';
import { launchPortal, type PortalBrowser } from './support/drivers';

export const test = base.extend<{ portal: PortalBrowser }>({
  portal: async ({}, use, testInfo) => {
    const portal = await launchPortal(testInfo.project.name);
    try {
      await use(portal);
    } finally {
      await portal.close();
    }
  },
});
export { expect };
