import { defineConfig } from '@playwright/test';

// `npm run screenshots`: regenerates docs/screenshots from the replica portal in Chromium.
export default defineConfig({
  testDir: 'scripts',
  testMatch: 'screenshots.spec.ts',
  timeout: 90_000,
  workers: 1,
  projects: [{ name: 'chromium' }],
});
