import { defineConfig } from '@playwright/test';

// One spec, two browsers: the `chromium` project drives Debian's Chromium with
// Playwright, the `firefox` project drives Debian's Firefox ESR with
// puppeteer-core (see tests/e2e/support/drivers.ts).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // *.chromium.spec.ts: what only Chromium can emulate (forced colours, viewport); not run, not counted, in Firefox.
  projects: [{ name: 'chromium' }, { name: 'firefox', testIgnore: /\.chromium\.spec\.ts$/ }],
});
